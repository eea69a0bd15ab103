/**
 * The {@code argmap} command and its subcommands, one class each: {@link dev.argmap.cli.ValidateCommand
 * validate}, {@link dev.argmap.cli.ShowCommand show} and {@link dev.argmap.cli.DemoCommand demo}.
 * {@link dev.argmap.cli.Main} is the entry point; {@link dev.argmap.cli.ExitCodes} lists what the
 * command returns.
 */
package dev.argmap.cli;
