package org.youthjustice.systemtests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An HTTP/1.1 request written byte for byte on a socket, for what {@code java.net.http} refuses to send: a request
 * target that is no URI ({@code %ZZ}), a request line or headers over the server's limits.
 */
final class RawHttp {

    /** The status and the Content-Type of the answer (empty when it has none). */
    record Head(int status, String contentType) {
    }

    private RawHttp() {
    }

    static Head get(String baseUrl, String target, String token, String extraHeader) throws IOException {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String request = "GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\n"
                    + (extraHeader == null ? "" : extraHeader + "\r\n") + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String statusLine = in.readLine();
            if (statusLine == null) {
                throw new IOException("no answer to GET " + target);
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            String contentType = "";
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).trim();
                }
            }
            return new Head(status, contentType);
        }
    }
}
