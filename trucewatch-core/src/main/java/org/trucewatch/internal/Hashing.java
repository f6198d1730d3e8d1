package org.trucewatch.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes used for identity: SHA-256 of raw bytes, and a fast 64-bit hash for shingles. Not API. */
public final class Hashing {

  private Hashing() {}

  /** Hex SHA-256 of {@code bytes[off, off+len)}. */
  public static String sha256(byte[] bytes, int off, int len) {
    MessageDigest md = sha256Digest();
    md.update(bytes, off, len);
    return HexFormat.of().formatHex(md.digest());
  }

  public static String sha256(byte[] bytes) {
    return sha256(bytes, 0, bytes.length);
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  public static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  /** 64-bit FNV-1a over a string's chars, finished with a mix so that similar strings spread. */
  public static long hash64(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix64(h);
  }

  /** The finaliser of SplitMix64: a bijection that spreads every input bit over the output. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
