"""Issue 15's planted bugs, applied one at a time to a checkout, each followed by the tests meant to catch it.

Usage, in a throwaway worktree (each source file is restored after its run, but an interrupted run leaves the bug):
    git worktree add /tmp/planted HEAD && python3 scripts/planted-bugs.py /tmp/planted [NAME ...]
Prints RED (caught, with the failing tests) or GREEN (not caught) per bug.
"""
import subprocess, sys, os
root = sys.argv[1]
bugs = [
 ("one-sided anchors rewarded", "align-core/src/main/java/io/paralign/score/BitextCostModel.java",
  "cost += params.mismatchWeight() * anchors.oneSided();", "cost -= params.mismatchWeight() * anchors.oneSided();",
  "align-core", "BitextCostModelTest,SeedPairTest,DetectorContractTest"),
 ("Arabic-Indic zero not a digit", "align-core/src/main/java/io/paralign/anchor/NumberExtractor.java",
  "int digit = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;",
  "int digit = c == '\\u0660' ? -1 : Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;",
  "align-core", "NumberExtractorTest"),
 ("2-2 beads not considered", "align-core/src/main/java/io/paralign/align/Shape.java",
  "new Shape(2, 1), new Shape(1, 2), new Shape(2, 2),", "new Shape(2, 1), new Shape(1, 2),",
  "align-core", "RecursiveAlignerTest,MergeBeadsTest,SeedPairTest"),
 ("1-2 beads not considered", "align-core/src/main/java/io/paralign/align/Shape.java",
  "new Shape(2, 1), new Shape(1, 2), new Shape(2, 2),", "new Shape(2, 1), new Shape(2, 2),",
  "align-core", "RecursiveAlignerTest,MergeBeadsTest,SeedPairTest"),
 ("LENGTH_RATIO never raised", "align-core/src/main/java/io/paralign/diverge/LengthRatioDetector.java",
  "        return flags;\n    }\n\n    private static int length(", "        return new ArrayList<>();\n    }\n\n    private static int length(",
  "align-core", "LengthRatioDetectorTest,DetectorContractTest"),
 ("JSON sentence end off by one", "align-core/src/main/java/io/paralign/report/JsonReport.java",
  'sen.put("end", s.span().end());', 'sen.put("end", s.span().end() + 1);',
  "align-core", "JsonReportOffsetsTest,JsonReportGoldenTest"),
 ("any flag type counted as a hit", "align-core/src/main/java/io/paralign/eval/FlagScorer.java",
  "        return actual.name().equals(expected);\n    }", "        return true;\n    }",
  "align-core", "FlagScorerTest"),
 ("evaluate skips the set-level pass", "align-cli/src/main/java/io/paralign/cli/EvaluateCommand.java",
  "noBatchLexicon ? LexiconScope.DOCUMENT : LexiconScope.SET", "LexiconScope.DOCUMENT",
  "align-cli", "EvaluateCommandTest"),
 ("API key check disabled", "align-api/src/main/java/io/paralign/api/security/SecurityConfiguration.java",
  ".anyRequest().authenticated())", ".anyRequest().permitAll())",
  "align-api", "it:ApiKeyIT"),
]
only = sys.argv[2:]
for name, path, old, new, module, tests in bugs:
    if only and name not in only: continue
    p = os.path.join(root, path)
    src = open(p).read()
    if old not in src:
        print(f"{name}: PATTERN NOT FOUND"); continue
    if name == "LENGTH_RATIO never raised" and "import java.util.ArrayList;" not in src:
        new = new.replace("new ArrayList<>()", "new java.util.ArrayList<>()")
    open(p, 'w').write(src.replace(old, new, 1))
    try:
        if tests.startswith("it:"):
            cmd = ["./mvnw", "-B", "-q", "-pl", module, "-am", "verify", "-Dtest=!*",
                   "-Dsurefire.failIfNoSpecifiedTests=false", f"-Dit.test={tests[3:]}"]
        else:
            cmd = ["./mvnw", "-B", "-q", "-pl", module, "-am", "test", f"-Dtest={tests}",
                   "-Dsurefire.failIfNoSpecifiedTests=false"]
        r = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
        failed = sorted({l.split()[1] for l in r.stdout.splitlines()
                         if l.startswith("[ERROR]   ") and "." in l.split()[1]})
        print(f"{name}: {'RED' if r.returncode else 'GREEN (not caught)'} {failed[:6]}", flush=True)
    finally:
        open(p, 'w').write(src)
