/** An application that depends on Pith's library, and so can use only what it exports. */
module dev.pith.example.library {
    requires dev.pith.core;
}
