package vn.dxoutreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebLinkTest {

    @Test
    void httpAndHttpsAddressesWithAHostAreLinks() {
        assertThat(WebLink.isValid("https://binhan.gov.vn/tin-tuc/chuyen-doi-so?id=12&p=1")).isTrue();
        assertThat(WebLink.isValid(" http://facebook.com/xaanhoa ")).isTrue();
        assertThat(WebLink.isValid("https://baobinhan.vn/chuyển-đổi-số")).isTrue();
    }

    @Test
    void addressesWithoutSchemeHostOrWithSpacesAreNot() {
        assertThat(WebLink.isValid("binhan.gov.vn/tin-tuc")).isFalse();
        assertThat(WebLink.isValid("https://")).isFalse();
        assertThat(WebLink.isValid("https://binhan.gov.vn/tin tuc")).isFalse();
        assertThat(WebLink.isValid("file:///C:/tin.docx")).isFalse();
        assertThat(WebLink.isValid("javascript:alert(1)")).isFalse();
        assertThat(WebLink.isValid("")).isFalse();
    }
}
