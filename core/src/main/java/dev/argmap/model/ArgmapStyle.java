package dev.argmap.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of argmap's value types: the generated {@code Immutable*} classes stay
 * package-private, and each value type exposes its own {@code builder()} whose nested {@code Builder}
 * extends the generated one, so the public API names only argmap's own types.
 *
 * <p>The generated builder is package-private too, so that Javadoc documents its setters on the
 * public {@code Builder} that users hold, rather than on a class they cannot see. Copy methods are
 * on ({@code copy = true}): each value type implements its generated {@code With*} interface, whose
 * {@code with…} methods return a changed copy that passes the value's checks again. They cost a
 * few methods per attribute in the generated class and nothing at run time until called.
 *
 * <p>Source retention: every value type is compiled with this style in one module, so nothing needs
 * the annotation in the class files, and keeping it out means users' tools (javadoc, jdeps) never
 * meet Immutables' types in argmap's jars.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
@interface ArgmapStyle {}
