using System.Text;
using IntuneSupportBot.BotFramework.AdaptiveCards;

namespace IntuneSupportBot.BotFramework.Tests.AdaptiveCards;

public sealed class CardTextTests
{
    // A reader that applies markdown's backslash escapes, as Teams' renderer does: escaped text must read back
    // exactly as the (cleaned) input, with no markdown or tag character left unescaped.
    private static string Unescape(string escaped, out IReadOnlyList<char> unescapedSpecials)
    {
        var plain = new StringBuilder();
        var specials = new List<char>();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\' && i + 1 < escaped.Length && char.IsAsciiLetterOrDigit(escaped[i + 1]) is false && escaped[i + 1] < 128)
            {
                plain.Append(escaped[++i]);
                continue;
            }

            if ("*_[]<>`~&{}\\".Contains(escaped[i], StringComparison.Ordinal))
            {
                specials.Add(escaped[i]);
            }

            plain.Append(escaped[i]);
        }

        unescapedSpecials = specials;
        return plain.ToString();
    }

    [Theory]
    [InlineData("**bold**", @"\*\*bold\*\*")]
    [InlineData("_i_", @"\_i\_")]
    [InlineData("[x](https://evil)", @"\[x\](https://evil)")]
    [InlineData("- list", @"\- list")]
    [InlineData("  + list", @"  \+ list")]
    [InlineData("* list", @"\* list")]
    [InlineData("1. first\n2) second", "1\\. first\n2\\) second")]
    [InlineData("# h", @"\# h")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData("<at>Sam</at>", @"\<at\>Sam\</at\>")]
    [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
    [InlineData("&lt;at&gt;", @"\&lt;at\&gt;")]
    [InlineData(@"C:\Users\a", @"C:\\Users\\a")]
    [InlineData("{{DATE(2026-01-01T00:00:00Z)}}", @"\{\{DATE(2026-01-01T00:00:00Z)\}\}")]
    [InlineData("version 1.5 - a-b # 3", "version 1.5 - a-b # 3")]
    [InlineData("plain line\n   # later heading", "plain line\n   \\# later heading")]
    [InlineData("plain\n\n3) third\n  \n=", "plain\n\n3\\) third\n  \n\\=")]
    [InlineData("ends in a digit 7\n42", "ends in a digit 7\n42")]
    public void Markdown_and_tags_typed_by_a_user_are_escaped(string typed, string expected)
    {
        Assert.Equal(expected, CardText.Escape(typed));
    }

    [Theory]
    [InlineData("**bold** _i_ [x](https://evil) <at>x</at> `c` ~s~ &amp; \\")]
    [InlineData("- a\n* b\n+ c\n# d\n1. e\n> f\n=== g")]
    [InlineData("0x80180014 등록 실패 (MDM) \\\\ **")]
    public void Escaped_text_reads_back_as_typed_with_nothing_left_active(string typed)
    {
        var plain = Unescape(CardText.Escape(typed), out var active);

        Assert.Equal(typed, plain);
        Assert.Empty(active);
    }

    [Theory]
    [InlineData("Minji Park")]
    [InlineData("박민지")]
    [InlineData("line one\n  line two (a-b, 1.5)")]
    public void Text_with_nothing_to_clean_or_escape_comes_back_as_it_is(string typed)
    {
        Assert.Same(typed, CardText.Clean(typed));
        Assert.Same(typed, CardText.Escape(typed));
    }

    [Fact]
    public void Zero_width_and_bidi_override_characters_are_removed()
    {
        Assert.Equal("evil.exe\\_txt", CardText.Escape("evil\u202E.exe\u200B_\u2066txt\u2069\uFEFF"));
        Assert.Equal("ab", CardText.Clean("a\u200Db"));
    }

    [Fact]
    public void Control_characters_are_removed_and_line_breaks_normalized()
    {
        Assert.Equal("a\nb\nc d\ne", CardText.Clean("a\r\nb\rc\td\u2028e\u0000\u0007\u001B\u007F\u009B"));
    }

    [Fact]
    public void Lone_surrogates_become_the_replacement_character()
    {
        Assert.Equal("a\uFFFDb\uFFFD", CardText.Clean("a\uD83Db\uDC4D"));
    }

    [Theory]
    [InlineData("👍🏽 ok")]
    [InlineData("👨‍👩‍👧 family")]
    [InlineData("❤️ 🇰🇷")]
    [InlineData("등록이 안 돼요. 회사 포털에서 오류가 납니다")]
    public void Emoji_and_Korean_are_kept_intact(string typed)
    {
        Assert.Equal(typed, CardText.Escape(typed));
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair_or_an_emoji_sequence()
    {
        Assert.Equal("ab…", CardText.Truncate("ab👍cd", 4));
        Assert.Equal("ab👍…", CardText.Truncate("ab👍cd", 5));
        Assert.Equal("a…", CardText.Truncate("a👨‍👩‍👧", 6));
        Assert.Equal("short", CardText.Truncate("short", 5));
        Assert.Equal("한국…", CardText.Truncate("한국어 텍스트", 3));
    }

    [Fact]
    public void Escape_with_a_limit_truncates_before_escaping()
    {
        Assert.Equal(@"\*\*…", CardText.Escape("****", 3));
    }
}
