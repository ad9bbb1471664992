package org.journeymap.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The parts of the build cache's binary records (a journey's checks, a commit's record, a
 * history): counts and texts, read strictly. A count larger than what is left, or a text with a
 * control character (which no record holds), throws IllegalArgumentException: the record is not
 * ours, and is read as nothing.
 */
public final class RecordBytes {

    private RecordBytes() {
    }

    public static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A text as written; one with a control character (a line break, an escape) is no record of ours. */
    public static String text(ByteBuffer in) {
        byte[] b = new byte[count(in)];
        in.get(b);
        String s = new String(b, StandardCharsets.UTF_8);
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                throw new IllegalArgumentException("a control character");
            }
        }
        return s;
    }

    /** A count of what follows, at most what is left to read. */
    public static int count(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IllegalArgumentException("not a count");
        }
        return count;
    }
}
