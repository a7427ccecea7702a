package io.rootwatch.refdata;

/** A root's standing in the Mozilla program. */
public enum RootStatus { INCLUDED, REMOVED }
