package dev.argmap.cli;

import dev.argmap.semantics.contribution.ContributionFunction;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The option of the commands that rank or list contributions: which contribution function. */
final class FunctionOption {
  @Option(
      names = "--function",
      paramLabel = "F",
      defaultValue = "shapley",
      converter = Converter.class,
      completionCandidates = Names.class,
      description = "The contribution function: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, each"
          + " reason's share of the change, the shares adding up to it; removal: the change if that reason alone"
          + " were removed).")
  ContributionFunction function;

  /** Reads a contribution function by its identifier, for example {@code intrinsic-removal}. */
  static final class Converter implements ITypeConverter<ContributionFunction> {
    @Override
    public ContributionFunction convert(String value) {
      try {
        return ContributionFunction.fromId(value.strip().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The identifiers of the contribution functions, for help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ContributionFunction.values()).map(ContributionFunction::id).iterator();
    }
  }
}
