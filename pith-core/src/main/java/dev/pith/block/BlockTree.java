package dev.pith.block;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jsoup.nodes.Element;

/**
 * The elements that own blocks and their ancestors up to a root, as a compact tree over arrays.
 *
 * <p>Region selection and teaser-card detection sum block features up every ancestor chain.
 * Done with maps keyed by element, that is a hash lookup per block per ancestor, several times a
 * page; here each element is looked up once, and sums are array additions, children before
 * parents.
 *
 * <p>Nodes are numbered in the order a walk up from each block, in document order, first meets
 * them; iterating nodes in that order is deterministic and matches document order for the
 * owners of blocks.
 */
public final class BlockTree {

    private static final int NO_PARENT = -1;

    private final List<TextBlock> blocks;
    private final Map<Element, Integer> index;
    private final Element[] nodes;
    private final int[] parent;
    private final int[] depth;
    private final int[] ownerOf;
    /** Per node, how many nodes have it as their parent. */
    private final int[] childCount;
    /** Node numbers, deepest first: every node comes before its parent. */
    private final int[] bottomUp;

    private BlockTree(List<TextBlock> blocks, Map<Element, Integer> index, List<Element> nodes, int[] parent,
                      int[] depth, int[] ownerOf) {
        this.blocks = List.copyOf(blocks);
        this.index = index;
        this.nodes = nodes.toArray(new Element[0]);
        this.parent = parent;
        this.depth = depth;
        this.ownerOf = ownerOf;
        this.bottomUp = deepestFirst(depth);
        this.childCount = new int[parent.length];
        for (int p : parent) {
            if (p != NO_PARENT) {
                childCount[p]++;
            }
        }
    }

    /**
     * The tree of {@code blocks}' owners and their ancestors, up to and including {@code root}.
     *
     * @param blocks blocks in document order, their owners below {@code root}
     */
    public static BlockTree of(List<TextBlock> blocks, Element root) {
        Map<Element, Integer> index = new IdentityHashMap<>();
        List<Element> nodes = new ArrayList<>();
        IntList parents = new IntList();
        IntList depths = new IntList();
        int[] ownerOf = new int[blocks.size()];
        List<Element> chain = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            // Climb until an element already in the tree: everything above it is in it too.
            chain.clear();
            Integer known = null;
            for (Element e = blocks.get(b).owner(); e != null; e = e.parent()) {
                known = index.get(e);
                if (known != null) {
                    break;
                }
                chain.add(e);
                if (e == root) {
                    break;
                }
            }
            int above = known == null ? NO_PARENT : known;
            int aboveDepth = known == null ? depthInDocument(chain.get(chain.size() - 1)) - 1 : depths.get(known);
            int first = nodes.size();
            for (int i = 0; i < chain.size(); i++) {
                index.put(chain.get(i), first + i);
                nodes.add(chain.get(i));
                parents.add(i + 1 < chain.size() ? first + i + 1 : above);
                depths.add(aboveDepth + chain.size() - i);
            }
            ownerOf[b] = chain.isEmpty() ? known : first;
        }
        return new BlockTree(blocks, index, nodes, parents.toArray(), depths.toArray(), ownerOf);
    }

    /** Ancestors of {@code e} in the whole document. */
    private static int depthInDocument(Element e) {
        int d = 0;
        for (Element cur = e.parent(); cur != null; cur = cur.parent()) {
            d++;
        }
        return d;
    }

    private static int[] deepestFirst(int[] depth) {
        int max = 0;
        for (int d : depth) {
            max = Math.max(max, d);
        }
        // A counting sort: depths are small integers.
        int[] starts = new int[max + 2];
        for (int d : depth) {
            starts[max - d + 1]++;
        }
        for (int i = 1; i < starts.length; i++) {
            starts[i] += starts[i - 1];
        }
        int[] order = new int[depth.length];
        for (int n = 0; n < depth.length; n++) {
            order[starts[max - depth[n]]++] = n;
        }
        return order;
    }

    /** The blocks, in document order. */
    public List<TextBlock> blocks() {
        return blocks;
    }

    /** How many elements the tree holds. */
    public int size() {
        return nodes.length;
    }

    /** The node of {@code e}, or -1 when no block lies below it. */
    public int nodeOf(Element e) {
        Integer n = index.get(e);
        return n == null ? NO_PARENT : n;
    }

    /** The element of node {@code n}. */
    public Element element(int n) {
        return nodes[n];
    }

    /** The parent node of {@code n}, or -1 for the topmost node. */
    public int parent(int n) {
        return parent[n];
    }

    /** How many children node {@code n} has in the tree: those with blocks below them. */
    public int childCount(int n) {
        return childCount[n];
    }

    /** Ancestors of node {@code n}'s element in the whole document. */
    public int depth(int n) {
        return depth[n];
    }

    /** The node of block {@code b}'s owner. */
    public int ownerOf(int b) {
        return ownerOf[b];
    }

    /**
     * Per node, the sum of {@code value} over the blocks below it (its own included). Counts come
     * out exact: doubles hold integers far beyond any page's.
     */
    public double[] sum(ToDoubleFunction<TextBlock> value) {
        double[] sums = new double[nodes.length];
        for (int b = 0; b < blocks.size(); b++) {
            sums[ownerOf[b]] += value.applyAsDouble(blocks.get(b));
        }
        for (int n : bottomUp) {
            if (parent[n] != NO_PARENT) {
                sums[parent[n]] += sums[n];
            }
        }
        return sums;
    }

    /** A growable array of ints, to build the tree without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
