package org.measuresqa.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The parsed measures, by number. Loaded from a file, or from the copy packed into the jar when none is given. */
public final class Corpus {

    /** Where the jar carries its own copy of the document. */
    public static final String BUNDLED = "corpus/measures.txt";

    private final List<Measure> measures;
    private final Map<Integer, Measure> byNumber;

    public Corpus(List<Measure> measures) {
        this.measures = List.copyOf(measures);
        this.byNumber = this.measures.stream().collect(Collectors.toMap(Measure::number, Function.identity()));
    }

    /** Reads {@code file} if it exists, else the bundled copy. */
    public static Corpus load(Path file) {
        String name = file != null && Files.isRegularFile(file) ? file.toString() : "classpath:" + BUNDLED;
        return new Corpus(CorpusParser.parse(name, readDocument(file).lines().toList()));
    }

    public static Corpus bundled() {
        return load(null);
    }

    /** The document's raw text: {@code file} if it exists, else the copy packed into the jar. */
    public static String readDocument(Path file) {
        if (file != null && Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the measures document " + file + ": " + e.getMessage(), e);
            }
        }
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("The jar carries no " + BUNDLED + "; rebuild it with `mvn package`");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled measures document: " + e.getMessage(), e);
        }
    }

    public List<Measure> measures() {
        return measures;
    }

    public Optional<Measure> measure(int number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    public int size() {
        return measures.size();
    }
}
