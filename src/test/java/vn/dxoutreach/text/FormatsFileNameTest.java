package vn.dxoutreach.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsFileNameTest {

    @Test
    void titlesBecomePlainFileNames() {
        assertThat(Formats.fileName("Phát thanh")).isEqualTo("phat-thanh");
        assertThat(Formats.fileName("Băng rôn – Khẩu hiệu")).isEqualTo("bang-ron-khau-hieu");
        assertThat(Formats.fileName("Tổ công nghệ số cộng đồng")).isEqualTo("to-cong-nghe-so-cong-dong");
    }
}
