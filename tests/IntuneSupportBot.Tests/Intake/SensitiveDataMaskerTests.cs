using IntuneSupportBot.Intake;

namespace IntuneSupportBot.Tests.Intake;

public sealed class SensitiveDataMaskerTests
{
    [Theory]
    [InlineData("password: Hunter2!", "Hunter2!")]
    [InlineData("My password is qwerty123", "qwerty123")]
    [InlineData("pw=P@ssw0rd", "P@ssw0rd")]
    [InlineData("PWD : abc!def", "abc!def")]
    [InlineData("비밀번호는 abc123 입니다", "abc123")]
    [InlineData("비밀번호는 abc123입니다", "abc123")]
    [InlineData("비번은 Qwer1234!!", "Qwer1234")]
    [InlineData("패스워드: 가나다라1234", "가나다라1234")]
    [InlineData("암호는 zxcv0987", "zxcv0987")]
    public void A_password_never_survives(string message, string secret)
    {
        var masked = SensitiveDataMasker.MaskText(message);

        Assert.DoesNotContain(secret, masked.Text, StringComparison.Ordinal);
        Assert.Contains(SensitiveDataMasker.Mask, masked.Text, StringComparison.Ordinal);
        Assert.Equal([SensitiveDataKind.Password], masked.Kinds);
    }

    [Theory]
    [InlineData("my password is wrong apparently")]
    [InlineData("비밀번호는 맞는데 등록이 안 돼요")]
    [InlineData("비밀번호를 잊어버렸어요")]
    [InlineData("password expired")]
    public void Talking_about_a_password_is_left_alone(string message)
    {
        var masked = SensitiveDataMasker.MaskText(message);

        Assert.Equal(message, masked.Text);
        Assert.False(masked.AnythingMasked);
    }

    [Theory]
    [InlineData("OTP 123456 안 먹혀요", "123456")]
    [InlineData("인증번호는 48213907 이에요", "48213907")]
    [InlineData("verification code: 9981234", "9981234")]
    [InlineData("482139 인증번호가 안 돼요", "482139")]
    public void A_one_time_code_next_to_its_word_is_masked(string message, string secret)
    {
        var masked = SensitiveDataMasker.MaskText(message);

        Assert.DoesNotContain(secret, masked.Text, StringComparison.Ordinal);
        Assert.Equal([SensitiveDataKind.OneTimeCode], masked.Kinds);
    }

    [Theory]
    [InlineData("주민번호 900101-1234567 입니다", "900101-1234567")]
    [InlineData("주민등록번호 9001011234567", "9001011234567")]
    [InlineData("RRN 851231 - 2345678", "2345678")]
    public void A_resident_registration_number_never_survives(string message, string secret)
    {
        var masked = SensitiveDataMasker.MaskText(message);

        Assert.DoesNotContain(secret, masked.Text, StringComparison.Ordinal);
        Assert.Equal([SensitiveDataKind.ResidentRegistrationNumber], masked.Kinds);
    }

    [Theory]
    [InlineData("card 4111 1111 1111 1111", "4111 1111 1111 1111")]
    [InlineData("카드번호 5500-0000-0000-0004", "5500-0000-0000-0004")]
    [InlineData("amex 378282246310005", "378282246310005")]
    public void A_card_number_never_survives(string message, string secret)
    {
        var masked = SensitiveDataMasker.MaskText(message);

        Assert.DoesNotContain(secret, masked.Text, StringComparison.Ordinal);
        Assert.Equal([SensitiveDataKind.CardNumber], masked.Kinds);
    }

    [Theory]
    [InlineData("error 0x80180014 on enrollment")]
    [InlineData("error code 80180014")]
    [InlineData("event -2145910764 and 2149056532")]
    [InlineData("serial 5CG1234XYZ, C02XK1JHJG5H")]
    [InlineData("IMEI 356938035643809")]
    [InlineData("asset tag 1234 5678 9012 3456")]
    [InlineData("call 010-1234-5678")]
    [InlineData("2024-05-01 09:30 started, 30 devices")]
    [InlineData("OTP 안 와요, 에러 코드 80180014")]
    public void Error_codes_serials_and_ordinary_numbers_survive(string message)
    {
        var masked = SensitiveDataMasker.MaskText(message);

        Assert.Equal(message, masked.Text);
        Assert.Empty(masked.Kinds);
    }

    [Fact]
    public void Every_kind_found_is_reported_once()
    {
        var masked = SensitiveDataMasker.MaskText("pw: abc123, password: def456, OTP 123456, 900101-1234567, 0x80180014");

        Assert.Equal("pw: **** password: **** OTP ****, ****, 0x80180014", masked.Text);
        Assert.Equal(
            [SensitiveDataKind.Password, SensitiveDataKind.OneTimeCode, SensitiveDataKind.ResidentRegistrationNumber],
            masked.Kinds);
    }
}
