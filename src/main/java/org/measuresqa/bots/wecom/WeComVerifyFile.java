package org.measuresqa.bots.wecom;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import org.measuresqa.config.ConfigException;

/**
 * A WeCom domain-verification file ({@code WW_verify_<code>.txt}): the admin console hands it out when a 可信域名 is set
 * and fetches it from the root of that domain to check that the organisation controls it. The server serves exactly
 * this file at {@code /<name>}, with exactly its contents; every other name stays a 404.
 *
 * @param name     the file's name, e.g. {@code WW_verify_abc123.txt}
 * @param contents its text, as downloaded from the console
 */
public record WeComVerifyFile(String name, String contents) {

    public static final String ENV = "WECOM_DOMAIN_VERIFY_FILE";
    /** The console's files hold a short code; anything much longer is not one of them. */
    public static final int MAX_BYTES = 1024;
    private static final Pattern NAME = Pattern.compile("WW_verify_[A-Za-z0-9]{1,64}\\.txt");
    private static final Pattern CONTENTS = Pattern.compile("[\\x21-\\x7E]+");

    public WeComVerifyFile {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ConfigException(ENV + " must name a file called WW_verify_<letters and digits>.txt, as downloaded from the WeCom "
                    + "console, was \"" + name + "\"");
        }
        if (contents == null || !CONTENTS.matcher(contents).matches() || contents.length() > MAX_BYTES) {
            throw new ConfigException(ENV + ": " + name + " must hold the verification code as downloaded (printable ASCII without "
                    + "spaces, at most " + MAX_BYTES + " bytes)");
        }
    }

    /**
     * Reads the file at {@code path} once, at start. A trailing line end (added by an editor) is dropped.
     *
     * @throws ConfigException when it is missing, unreadable, misnamed or does not look like a verification file
     */
    public static WeComVerifyFile read(String path) {
        Objects.requireNonNull(path, "path");
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(ENV + " is " + path + ", which is not a readable file; download WW_verify_….txt from the WeCom "
                    + "console (应用 → 网页授权及JS-SDK → 设置可信域名) and give its path");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(ENV + ": " + path + " is larger than " + MAX_BYTES + " bytes; it is not a WeCom verification file");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(ENV + ": " + path + " could not be read: " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (text.endsWith("\r\n")) text = text.substring(0, text.length() - 2);
        else if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        return new WeComVerifyFile(file.getFileName().toString(), text);
    }

    /** {@code GET /<name>}: the contents as plain text. */
    public void serve(Context ctx) {
        ctx.status(200).contentType("text/plain; charset=utf-8").result(contents);
    }
}
