package consumer

import dev.argmap.model.StatementId

/**
 * Must not compile. Without nullness annotations Kotlin would see `StatementId.of(String!)` and let this null
 * through to a NullPointerException at run time; with argmap's JSpecify @NullMarked packages it is a compile error.
 */
fun main() {
    val missing: String? = System.getenv("ARGMAP_NO_SUCH_VARIABLE")
    println(StatementId.of(missing))
}
