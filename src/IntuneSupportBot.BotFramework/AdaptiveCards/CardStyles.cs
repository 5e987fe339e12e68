using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntuneSupportBot.BotFramework.AdaptiveCards;

/// <summary>Writes enum members the way the card schema spells them (<c>extraLarge</c>, <c>emphasis</c>).</summary>
public sealed class CardEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

[JsonConverter(typeof(CardEnumConverter<Spacing>))]
public enum Spacing { Default, None, Small, Medium, Large, ExtraLarge, Padding }

[JsonConverter(typeof(CardEnumConverter<FontWeight>))]
public enum FontWeight { Default, Lighter, Bolder }

[JsonConverter(typeof(CardEnumConverter<FontSize>))]
public enum FontSize { Default, Small, Medium, Large, ExtraLarge }

[JsonConverter(typeof(CardEnumConverter<TextColor>))]
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

[JsonConverter(typeof(CardEnumConverter<ContainerStyle>))]
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

[JsonConverter(typeof(CardEnumConverter<ImageSize>))]
public enum ImageSize { Auto, Stretch, Small, Medium, Large }

[JsonConverter(typeof(CardEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle { Compact, Expanded }

/// <summary>Which inputs an action sends: those of the card (<c>auto</c>) or none (a cancel button).</summary>
[JsonConverter(typeof(CardEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs { Auto, None }
