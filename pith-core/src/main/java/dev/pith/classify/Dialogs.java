package dev.pith.classify;

import dev.pith.block.BlockTree;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Finds the blocks inside dialogs: boxes the page opens on demand over itself (a privacy policy
 * or terms box behind a footer link, a size guide, a sign-in form). Shops and landing pages ship
 * them in the markup, and a policy's pages of prose outweigh the short copy of the page itself,
 * though no reader sees them until asked. The markup says so in every language: a
 * {@code <dialog>}, {@code role="dialog"} or {@code role="alertdialog"}, or {@code aria-modal="true"}.
 */
final class Dialogs {

    private Dialogs() {
    }

    /** Per block index, whether the block lies inside a dialog. */
    static boolean[] blocksIn(BlockTree tree) {
        return blocksIn(tree, Dialogs::isDialog);
    }

    /** Per block index, whether the block lies inside a modal dialog ({@link #isModal}). */
    static boolean[] blocksInModals(BlockTree tree) {
        // a modal is a dialog: on the many pages with none, the tree need not be walked again
        return RegionSelector.anyOf(blocksIn(tree)) ? blocksIn(tree, Dialogs::isModal) : new boolean[tree.blocks().size()];
    }

    private static boolean[] blocksIn(BlockTree tree, Predicate<Element> dialog) {
        boolean[] inDialog = new boolean[tree.blocks().size()];
        // Per tree node: 0 unknown, 1 inside a dialog, -1 not; ancestors are shared, so each is judged once.
        byte[] known = new byte[tree.size()];
        for (int b = 0; b < inDialog.length; b++) {
            inDialog[b] = isInside(tree, tree.ownerOf(b), known, dialog);
        }
        return inDialog;
    }

    /** Walks up from {@code node} to the first dialog or known node, then marks the path walked. */
    private static boolean isInside(BlockTree tree, int node, byte[] known, Predicate<Element> dialog) {
        boolean inside = false;
        int top = node;
        for (; top >= 0; top = tree.parent(top)) {
            if (known[top] != 0) {
                inside = known[top] > 0;
                break;
            }
            if (dialog.test(tree.element(top))) {
                inside = true;
                break;
            }
        }
        for (int n = node; n >= 0 && n != top; n = tree.parent(n)) {
            known[n] = inside ? (byte) 1 : (byte) -1;
        }
        if (top >= 0) {
            known[top] = inside ? (byte) 1 : (byte) -1;
        }
        return inside;
    }

    /** Whether the element is a dialog or lies inside one. */
    static boolean isInside(Element e) {
        for (Element cur = e; cur != null; cur = cur.parent()) {
            if (isDialog(cur)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is a dialog, as HTML or ARIA marks one. */
    static boolean isDialog(Element e) {
        if (e.attributesSize() == 0) {
            // Most elements have no attributes: three lookups saved on every ancestor of every block.
            return e.normalName().equals("dialog");
        }
        String role = e.attr("role");
        return e.normalName().equals("dialog") || e.attr("aria-modal").equals("true")
                || role.equals("dialog") || role.equals("alertdialog");
    }

    /**
     * Whether the element is a dialog that does not say it leaves the page usable beside it
     * ({@code aria-modal="false"}): such a panel may be set in line, as shops built for phones
     * set a product's "description" and "delivery" sheets.
     */
    static boolean isModal(Element e) {
        return isDialog(e) && !e.attr("aria-modal").equals("false");
    }
}
