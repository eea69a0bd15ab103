// Run only where the Java 25 JDK exists; otherwise say why this consumer test is skipped.
def java = new File(java25Home, 'bin/java')
if (!java.canExecute()) {
  println "[consumer java25] SKIPPED: no Java 25 JDK at ${java25Home} (no bin/java there); install one there or pass -Dargmap.java25.home=<jdk>"
  return false
}
return true
