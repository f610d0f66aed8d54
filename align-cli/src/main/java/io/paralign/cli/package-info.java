/**
 * The command-line shell. {@link io.paralign.cli.Main} holds the top-level command and its
 * subcommands, each in its own class; the shell reads and writes files and holds no alignment or
 * scoring logic of its own.
 */
package io.paralign.cli;
