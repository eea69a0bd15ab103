/**
 * The {@code argmap} command and its subcommands, one class each: {@link dev.argmap.cli.ValidateCommand
 * validate}, {@link dev.argmap.cli.LintCommand lint}, {@link dev.argmap.cli.ShowCommand show}, {@link
 * dev.argmap.cli.RenderCommand render}, {@link dev.argmap.cli.ScoreCommand score}, {@link
 * dev.argmap.cli.ExplainCommand explain}, {@link dev.argmap.cli.ExtensionsCommand extensions}, {@link
 * dev.argmap.cli.ConvertCommand convert}, {@link dev.argmap.cli.ExerciseCommand exercise}, {@link
 * dev.argmap.cli.GradeCommand grade} and {@link dev.argmap.cli.DemoCommand demo}. {@link
 * dev.argmap.cli.Main} is the entry point; {@link dev.argmap.cli.ExitCodes} lists what the command
 * returns.
 */
@NullMarked
package dev.argmap.cli;

import org.jspecify.annotations.NullMarked;
