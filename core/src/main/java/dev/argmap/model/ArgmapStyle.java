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
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
@interface ArgmapStyle {}
