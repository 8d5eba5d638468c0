package org.sysmobench.store;

/** The store could not read or write (I/O, SQL, a file of an unknown version). */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
