/**
 * Reading the files a user names on the command line, safely: only regular files (a FIFO would block and
 * a device like /dev/zero never ends), never past a stated size limit, and with messages that name the
 * file and say what is wrong with it. A leaf package: it imports no other rootwatch package.
 */
package io.rootwatch.files;
