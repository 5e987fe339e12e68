namespace IntuneSupportBot.Tests.Deployment;

public sealed class IconTests
{
    [Fact]
    public void Color_icon_is_192_by_192_and_fully_opaque()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Manifest, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), pixel => Assert.Equal(255, pixel.A));
        Assert.True(icon.Pixels().Distinct().Count() > 1, "The colour icon is a single flat colour.");
    }

    [Fact]
    public void Outline_icon_is_32_by_32_white_on_transparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Manifest, "outline.png")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlphaChannel);
        Assert.Contains(icon.Pixels(), pixel => pixel.A == 0);
        Assert.Contains(icon.Pixels(), pixel => pixel.A == 255);
        Assert.All(icon.Pixels().Where(pixel => pixel.A > 0), pixel => Assert.Equal((255, 255, 255), (pixel.R, pixel.G, pixel.B)));
    }

    [Fact]
    public void Png_reader_sees_a_coloured_pixel_where_the_colour_icon_draws_its_check_mark()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Manifest, "color.png")));

        // The centre of the check mark's stroke is green; the top-left corner is the blue background.
        var check = icon.Pixel(92, 107);
        var corner = icon.Pixel(0, 0);
        Assert.True(check.G > check.R && check.G > check.B, $"Expected green, got {check}.");
        Assert.True(corner.B > corner.R && corner.B > corner.G, $"Expected blue, got {corner}.");
    }
}
