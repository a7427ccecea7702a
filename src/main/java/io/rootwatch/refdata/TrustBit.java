package io.rootwatch.refdata;

/** Root-store trust bits as CCADB and NSS name them. */
public enum TrustBit { WEBSITES, EMAIL }
