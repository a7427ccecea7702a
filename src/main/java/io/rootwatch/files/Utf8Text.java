package io.rootwatch.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Strict UTF-8 decoding whose error says where the first bad byte is, so the user can find it. */
public final class Utf8Text {
    private Utf8Text() {
    }

    /**
     * The text, without a leading byte-order mark.
     *
     * @throws InputFileException "FILE: not UTF-8 text (byte offset N, line L)" at the first malformed byte
     */
    public static String decode(byte[] bytes, Path file) throws InputFileException {
        return decode(bytes, file.toString());
    }

    /** As {@link #decode(byte[], Path)}, for input named otherwise (a URL). */
    public static String decode(byte[] bytes, String file) throws InputFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            throw new InputFileException(file + ": not UTF-8 text (byte offset " + offset + ", line "
                    + lineAt(bytes, offset) + ")");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
