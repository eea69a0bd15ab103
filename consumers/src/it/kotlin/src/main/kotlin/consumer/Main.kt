package consumer

import dev.argmap.json.ArgMapJson
import dev.argmap.maps.PrebuiltMaps
import dev.argmap.model.ArgumentId
import dev.argmap.model.ArgumentMap
import dev.argmap.model.Polarity
import dev.argmap.model.StatementId
import dev.argmap.scoring.MapScorer
import dev.argmap.semantics.GradualSemantics
import kotlin.system.exitProcess

/**
 * A Kotlin user of argmap. The explicit types below are the point: because every argmap package is
 * JSpecify @NullMarked, Kotlin sees `String` and `Statement`, not the platform types `String!`, so this
 * compiles with -Werror and needs no `!!`; absent values come back as java.util.Optional.
 */
fun main() {
    val map: ArgumentMap = ArgumentMap.builder()
        .title("Is remote work here to stay?")
        .thesis("t1", "Most office workers will still work remotely two days a week in 2030.")
        .statement("p1", "Employees value the time they save by not commuting.")
        .statement("p2", "Managers find it harder to supervise remote teams.")
        .argument("a1", Polarity.SUPPORTS, "t1", "p1")
        .argument("a2", Polarity.ATTACKS, "t1", "p2")
        .build()
    val thesis = StatementId.of("t1")
    val text: String = map.statement(thesis).orElseThrow().text()
    check(text.startsWith("Most office workers"), "the thesis text came back as '$text'")
    check(map.title().orElse("") == "Is remote work here to stay?", "the title was lost")

    val scorer = MapScorer.of(GradualSemantics.DF_QUAD)
    val before: Double = scorer.score(map).strength(thesis)
    // One edit in one line: a weaker attack leaves the thesis stronger.
    val edited: ArgumentMap = map.toBuilder().argumentWeight(ArgumentId.of("a2"), 0.25).build()
    val after: Double = scorer.score(edited).strength(thesis)
    check(after > before, "weakening the attack did not raise the thesis: $before -> $after")

    // An unknown id fails fast, naming it.
    val refused = runCatching { map.argumentsFor(StatementId.of("zzz")) }.exceptionOrNull()
    check(refused is IllegalArgumentException && refused.message.orEmpty().contains("zzz"),
        "an unknown id was not refused by name: $refused")

    val prebuilt: ArgumentMap = PrebuiltMaps.russiaChinaAlliance()
    check(ArgMapJson.readString(ArgMapJson.writeString(prebuilt)) == prebuilt, "the JSON round trip changed the map")
    println("consumer ok: Kotlin %s, thesis strength %.4f -> %.4f after one edit".format(
        KotlinVersion.CURRENT, before, after))
}

private fun check(ok: Boolean, failure: String) {
    if (!ok) {
        System.err.println("consumer FAILED: $failure")
        exitProcess(1)
    }
}
