package dev.pith.dedup;

import java.util.Arrays;

/** Disjoint sets over document numbers, with path halving and union by size. */
public final class UnionFind {

    private int[] parent;
    private int[] size;

    /** {@code n} elements, each in a set of its own. */
    public UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    /** Restores sets saved as {@link #roots()}. */
    public static UnionFind fromRoots(int[] roots) {
        UnionFind uf = new UnionFind(roots.length);
        for (int i = 0; i < roots.length; i++) {
            uf.union(i, roots[i]);
        }
        return uf;
    }

    /** The root of every element: enough to restore the sets. */
    public int[] roots() {
        int[] roots = new int[parent.length];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = find(i);
        }
        return roots;
    }

    /** Grows to {@code n} elements, the new ones singletons. */
    public void grow(int n) {
        int old = parent.length;
        if (n <= old) {
            return;
        }
        parent = Arrays.copyOf(parent, n);
        size = Arrays.copyOf(size, n);
        for (int i = old; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    /** The representative of {@code x}'s set. */
    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of a and b; false when they were already one. */
    public boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return true;
    }

    /** Elements in all sets. */
    public int size() {
        return parent.length;
    }
}
