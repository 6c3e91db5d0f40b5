package org.measuresqa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Admission to the model on its own: the line, who is refused, and who leaves it. */
class ModelAdmissionTest {

    private static void waitForQueued(ModelAdmission a, int n) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!a.health().get("queued").equals(n) && System.nanoTime() < end) Thread.sleep(5);
        assertThat(a.health()).containsEntry("queued", n);
    }

    @Test
    void a_question_that_cannot_get_a_first_token_in_time_is_refused_at_once_and_is_never_told_a_place() throws Exception {
        // until measured: a first token in a quarter of the deadline, a generation in half of it
        ModelAdmission a = new ModelAdmission(1, Duration.ofSeconds(20));
        ModelAdmission.Permit generating = a.admit(p -> fail("the model was free"));
        List<Integer> places = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<ModelAdmission.Permit> next = CompletableFuture.supplyAsync(() -> a.admit(places::add));
        waitForQueued(a, 1);

        AnswererUnavailableException busy = org.assertj.core.api.Assertions.catchThrowableOfType(AnswererUnavailableException.class,
                () -> a.admit(p -> fail("told a place although refused")));

        assertThat(busy.reason()).isEqualTo(AnswererUnavailableException.Reason.BUSY);
        assertThat(busy.getMessage()).contains("place 2 in line");
        generating.release(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(next.get().waited()).isPositive();
        assertThat(places).containsExactly(1);
        assertThat(a.health()).containsEntry("generating", 1).containsEntry("queued", 0)
                .containsEntry("firstTokenMs", 1000L).containsEntry("generationMs", 2000L);
    }

    @Test
    void a_question_whose_client_is_gone_when_told_its_place_leaves_the_line() throws Exception {
        ModelAdmission a = new ModelAdmission(1, Duration.ofSeconds(20));
        ModelAdmission.Permit generating = a.admit(p -> { });

        assertThatThrownBy(() -> a.admit(p -> {
            throw new UncheckedIOException(new IOException("the client closed the stream"));
        })).isInstanceOf(UncheckedIOException.class);

        assertThat(a.health()).containsEntry("queued", 0);
        generating.release(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(a.admit(p -> fail("the model was free")).waited()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void a_question_in_line_gives_up_when_too_little_time_is_left_for_a_first_token() {
        ModelAdmission a = new ModelAdmission(1, Duration.ofMillis(400));
        a.admit(p -> { }); // never released: the model stays busy

        AnswererUnavailableException e = org.assertj.core.api.Assertions.catchThrowableOfType(AnswererUnavailableException.class,
                () -> a.admit(p -> { }));

        assertThat(e.reason()).isEqualTo(AnswererUnavailableException.Reason.BUSY);
        assertThat(a.health()).containsEntry("queued", 0).containsEntry("generating", 1);
    }
}
