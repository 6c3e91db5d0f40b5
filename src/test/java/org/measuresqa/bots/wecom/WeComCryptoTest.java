package org.measuresqa.bots.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import org.junit.jupiter.api.Test;
import org.measuresqa.bots.Fixtures;

/** The official WXBizMsgCrypt vectors (protocols.md B8), and WxJava as an independent cross-check. */
class WeComCryptoTest {

    // W2: the original official sample
    static final String W2_TOKEN = "QDG6eK";
    static final String W2_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final String W2_CORP = "wx5823bf96d3bd56c7";
    static final String W2_GET_SIGNATURE = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";
    static final String W2_GET_TIMESTAMP = "1409659589";
    static final String W2_GET_NONCE = "263014780";
    static final String W2_ECHOSTR = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
    static final String W2_ECHO = "1616140317555161061";
    static final String W2_POST_SIGNATURE = "477715d11cdb4164915debcba66cb864d751f3e6";
    static final String W2_POST_TIMESTAMP = "1409659813";
    static final String W2_POST_NONCE = "1372623149";

    // W1: the newer official sample
    static final String W1_TOKEN = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";
    static final String W1_KEY = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";
    static final String W1_CORP = "ww1436e0e65a779aee";
    static final String W1_GET_SIGNATURE = "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb";
    static final String W1_GET_TIMESTAMP = "1476416373";
    static final String W1_GET_NONCE = "47744683";
    static final String W1_ECHOSTR = "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==";
    static final String W1_ECHO = "1288432023552776189";
    static final String W1_POST_SIGNATURE = "0c3914025cb4b4d68103f6bfc8db550f79dcf48e";
    static final String W1_POST_TIMESTAMP = "1476422779";
    static final String W1_POST_NONCE = "1597212914";

    static String encryptElement(String xml) {
        return WeComXml.fields(xml).get("Encrypt");
    }

    private static WxCpCryptUtil wxJava(String token, String key, String corp) {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setToken(token);
        config.setAesKey(key);
        config.setCorpId(corp);
        return new WxCpCryptUtil(config);
    }

    @Test
    void the_official_keys_decode_to_the_documented_bytes() {
        assertThat(HexFormat.of().formatHex(WeComCrypto.aesKey(W2_KEY))).isEqualTo("8d69989bbaabe67328014c194631ad0719b3dca035b64023df292447aab60760");
        assertThat(HexFormat.of().formatHex(WeComCrypto.aesKey(W1_KEY))).isEqualTo("eaa91d32babaf274ca76ece72583b5037ed6da8120a64314be4b6d453a2a854b");
    }

    @Test
    void the_original_official_sample_verifies_and_decrypts_exactly() {
        WeComCrypto crypto = new WeComCrypto(W2_TOKEN, W2_KEY, W2_CORP);
        assertThat(crypto.signature(W2_GET_TIMESTAMP, W2_GET_NONCE, W2_ECHOSTR)).isEqualTo(W2_GET_SIGNATURE);
        assertThat(crypto.verify(W2_GET_SIGNATURE, W2_GET_TIMESTAMP, W2_GET_NONCE, W2_ECHOSTR)).isTrue();
        assertThat(crypto.decrypt(W2_ECHOSTR)).isEqualTo(W2_ECHO);

        String encrypted = encryptElement(Fixtures.text("wecom/w2_post.xml"));
        assertThat(crypto.verify(W2_POST_SIGNATURE, W2_POST_TIMESTAMP, W2_POST_NONCE, encrypted)).isTrue();
        assertThat(crypto.decrypt(encrypted)).isEqualTo(Fixtures.text("wecom/w2_post.plain.xml"));
    }

    @Test
    void the_newer_official_sample_verifies_and_decrypts_exactly() {
        WeComCrypto crypto = new WeComCrypto(W1_TOKEN, W1_KEY, W1_CORP);
        assertThat(crypto.verify(W1_GET_SIGNATURE, W1_GET_TIMESTAMP, W1_GET_NONCE, W1_ECHOSTR)).isTrue();
        assertThat(crypto.decrypt(W1_ECHOSTR)).isEqualTo(W1_ECHO);

        String encrypted = encryptElement(Fixtures.text("wecom/w1_post.xml"));
        assertThat(crypto.verify(W1_POST_SIGNATURE, W1_POST_TIMESTAMP, W1_POST_NONCE, encrypted)).isTrue();
        String plain = crypto.decrypt(encrypted);
        assertThat(plain).isEqualTo(Fixtures.text("wecom/w1_post.plain.xml"));
        assertThat(plain.getBytes(StandardCharsets.UTF_8)).hasSize(228);
    }

    @Test
    void a_tampered_signature_timestamp_or_ciphertext_is_rejected() {
        WeComCrypto crypto = new WeComCrypto(W2_TOKEN, W2_KEY, W2_CORP);
        String encrypted = encryptElement(Fixtures.text("wecom/w2_post.xml"));
        assertThat(crypto.verify(W2_POST_SIGNATURE.replace('4', '5'), W2_POST_TIMESTAMP, W2_POST_NONCE, encrypted)).isFalse();
        assertThat(crypto.verify(W2_POST_SIGNATURE.toUpperCase(), W2_POST_TIMESTAMP, W2_POST_NONCE, encrypted)).isFalse();
        assertThat(crypto.verify(W2_POST_SIGNATURE, "1409659814", W2_POST_NONCE, encrypted)).isFalse();
        String tampered = (encrypted.charAt(0) == 'A' ? "B" : "A") + encrypted.substring(1);
        assertThat(crypto.verify(W2_POST_SIGNATURE, W2_POST_TIMESTAMP, W2_POST_NONCE, tampered)).isFalse();
        assertThat(new WeComCrypto("QDG6eL", W2_KEY, W2_CORP).verify(W2_POST_SIGNATURE, W2_POST_TIMESTAMP, W2_POST_NONCE, encrypted)).isFalse();
        assertThat(crypto.verify(null, W2_POST_TIMESTAMP, W2_POST_NONCE, encrypted)).isFalse();
    }

    @Test
    void a_ciphertext_that_is_not_ours_does_not_decrypt() {
        WeComCrypto crypto = new WeComCrypto(W2_TOKEN, W2_KEY, W2_CORP);
        String encrypted = encryptElement(Fixtures.text("wecom/w2_post.xml"));
        byte[] raw = Base64.getDecoder().decode(encrypted);
        raw[raw.length - 1] ^= 0x55; // the last block decrypts to garbage, so its padding is wrong
        assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(raw))).isInstanceOf(WeComCryptoException.class);
        assertThatThrownBy(() -> crypto.decrypt("not base64!")).isInstanceOf(WeComCryptoException.class)
                .extracting(e -> ((WeComCryptoException) e).code()).isEqualTo(WeComCryptoException.DECODE_BASE64_ERROR);
        assertThatThrownBy(() -> crypto.decrypt("AAAA")).isInstanceOf(WeComCryptoException.class);
        assertThatThrownBy(() -> new WeComCrypto(W1_TOKEN, W1_KEY, W1_CORP).decrypt(encrypted)).isInstanceOf(WeComCryptoException.class);
    }

    @Test
    void a_message_for_another_corp_is_rejected_as_a_receive_id_mismatch() {
        WeComCrypto ours = new WeComCrypto(W2_TOKEN, W2_KEY, "wwOURS");
        assertThatThrownBy(() -> ours.decrypt(W2_ECHOSTR)).isInstanceOf(WeComCryptoException.class)
                .extracting(e -> ((WeComCryptoException) e).code()).isEqualTo(WeComCryptoException.VALIDATE_RECEIVE_ID_ERROR);
    }

    @Test
    void padding_fills_32_byte_blocks_from_1_to_32_bytes() {
        WeComCrypto crypto = new WeComCrypto(W1_TOKEN, W1_KEY, W1_CORP);
        byte[] random = new byte[16];
        for (int length = 0; length <= 70; length++) {
            String message = "x".repeat(length);
            String encrypted = crypto.encrypt(random, message);
            int plainLength = 20 + length + W1_CORP.length();
            int expected = plainLength + (32 - plainLength % 32);
            assertThat(Base64.getDecoder().decode(encrypted)).as("length %d", length).hasSize(expected);
            assertThat(crypto.decrypt(encrypted)).isEqualTo(message);
        }
    }

    @Test
    void what_we_encrypt_wxjava_decrypts_and_what_wxjava_encrypts_we_decrypt() {
        for (String[] v : new String[][] {{W1_TOKEN, W1_KEY, W1_CORP}, {W2_TOKEN, W2_KEY, W2_CORP}}) {
            WeComCrypto ours = new WeComCrypto(v[0], v[1], v[2]);
            WxCpCryptUtil theirs = wxJava(v[0], v[1], v[2]);
            for (String message : new String[] {"", "hello", Fixtures.text("wecom/w1_post.plain.xml"), "知识产权证券化发行了多少单？😀".repeat(40)}) {
                assertThat(theirs.decrypt(ours.encrypt(message))).isEqualTo(message);
                String envelope = theirs.encrypt(message);
                String encrypted = encryptElement(envelope);
                var f = WeComXml.fields(envelope);
                assertThat(ours.verify(f.get("MsgSignature"), f.get("TimeStamp"), f.get("Nonce"), encrypted)).isTrue();
                assertThat(ours.decrypt(encrypted)).isEqualTo(message);
            }
        }
    }

    @Test
    void our_signed_envelope_passes_wxjavas_signature_check() {
        WeComCrypto ours = new WeComCrypto(W1_TOKEN, W1_KEY, W1_CORP);
        String envelope = ours.envelope("<xml><Content><![CDATA[你好]]></Content></xml>", "1700000000", "nonce123");
        String signature = WeComXml.fields(envelope).get("MsgSignature");
        assertThat(wxJava(W1_TOKEN, W1_KEY, W1_CORP).decryptXml(signature, "1700000000", "nonce123", envelope))
                .isEqualTo("<xml><Content><![CDATA[你好]]></Content></xml>");
    }
}
