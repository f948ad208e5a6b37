package org.vigil.lists.archfixture;

/** A deliberate violation, used only to prove that the architecture rules fail when broken. */
public final class ListsClassThatUsesTheWebAndTheApp {
    private ListsClassThatUsesTheWebAndTheApp() {
    }

    public static Object web() {
        return io.javalin.Javalin.create();
    }

    public static Object app() {
        return org.vigil.app.Main.class;
    }
}
