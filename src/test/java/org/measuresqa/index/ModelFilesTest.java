package org.measuresqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.measuresqa.support.TestIndex;

class ModelFilesTest {

    @TempDir
    Path dir;

    @Test
    void the_model_loaded_from_unpacked_files_embeds_exactly_as_the_one_in_the_jar() {
        Embedder fromFiles = Embedder.bgeSmallZh(false, dir.resolve("models"));
        for (String text : List.of("知识产权证券化发行了多少单", "构建水上液化天然气（LNG）燃料加注海事服务体系：深圳港LNG加注时间从18小时降至10小时。")) {
            float[] a = fromFiles.embedPassage(text);
            float[] b = TestIndex.embedder().embedPassage(text);
            assertThat(a).hasSameSizeAs(b);
            for (int i = 0; i < a.length; i++) assertThat(a[i]).isCloseTo(b[i], org.assertj.core.data.Offset.offset(1e-6f));
        }
        assertThat(dir.resolve("models").resolve(ModelFiles.MODEL)).isRegularFile();
    }

    @Test
    void files_already_unpacked_are_reused_and_a_truncated_one_is_replaced() throws Exception {
        Path folder = dir.resolve("models");
        Path model = ModelFiles.unpack(folder, ModelFiles.TOKENIZER);
        FileTime first = Files.getLastModifiedTime(model);
        Files.setLastModifiedTime(model, FileTime.fromMillis(first.toMillis() - 60_000));
        assertThat(ModelFiles.unpack(folder, ModelFiles.TOKENIZER)).isEqualTo(model);
        assertThat(Files.getLastModifiedTime(model).toMillis()).isEqualTo(first.toMillis() - 60_000);

        long size = Files.size(model);
        Files.write(model, new byte[10]);
        ModelFiles.unpack(folder, ModelFiles.TOKENIZER);
        assertThat(Files.size(model)).isEqualTo(size);
    }

    @Test
    void an_unwritable_folder_falls_back_to_the_jar() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        Embedder e = Embedder.bgeSmallZh(false, notAFolder.resolve("models"));
        assertThat(e.embedQuery("通关")).hasSize(512);
    }
}
