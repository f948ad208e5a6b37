package org.vigil.lists.format.ftm;

/** The operation of an OpenSanctions delta-feed line. */
public enum FtmOp {
    /** A new entity. */
    ADD,
    /** A changed entity: the line holds its complete new state. */
    MOD,
    /** A removed entity: the line holds only its id. */
    DEL
}
