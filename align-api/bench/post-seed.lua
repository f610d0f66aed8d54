-- wrk script: POST the seed pair (seeds/001 French as source, seeds/000 Arabic as target) as JSON.
-- The seeds folder comes from the SEEDS environment variable (default: seeds).
local function read(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

local function json(text)
  local escaped = text:gsub('[%c"\\]', function(c)
    local named = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }
    return named[c] or string.format("\\u%04x", c:byte())
  end)
  return '"' .. escaped .. '"'
end

local seeds = os.getenv("SEEDS") or "seeds"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"source":{"lang":"fr","text":' .. json(read(seeds .. "/001_d60f469c9e1ad6ee.txt"))
  .. '},"target":{"lang":"ar","text":' .. json(read(seeds .. "/000_8309a08ed0edb24a.txt")) .. '}}'
