namespace Sluice.ML.Profiling.Filtering;

/// <summary>Splits a filter expression into tokens, reporting the first character it cannot read.</summary>
internal static class FilterLexer
{
    public static List<FilterToken> Tokenize(string text)
    {
        var tokens = new List<FilterToken>();
        var at = 0;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at == text.Length)
            {
                tokens.Add(new FilterToken(FilterTokenKind.End, "", "", at + 1));
                return tokens;
            }

            var token = Next(text, at);
            tokens.Add(token);
            at += token.Source.Length;
        }
    }

    private static FilterToken Next(string text, int at)
    {
        var c = text[at];
        var next = at + 1 < text.Length ? text[at + 1] : '\0';
        return c switch
        {
            '(' => new FilterToken(FilterTokenKind.OpenParen, "(", "(", at + 1),
            ')' => new FilterToken(FilterTokenKind.CloseParen, ")", ")", at + 1),
            '\'' => ReadString(text, at),
            '`' => ReadQuotedName(text, at),
            '<' or '>' => Operator(text, at, next == '=' ? 2 : 1),
            '=' when next == '=' => Operator(text, at, 2),
            '!' when next == '=' => Operator(text, at, 2),
            '=' => throw Error(at, "'=' is not an operator; write '==' to compare"),
            _ when char.IsAsciiDigit(c) || ((c is '-' or '.') && char.IsAsciiDigit(next)) => ReadNumber(text, at),
            _ when char.IsLetter(c) || c == '_' => ReadWord(text, at),
            _ => throw Error(at, $"unexpected character '{c}'"),
        };
    }

    private static FilterToken Operator(string text, int at, int length)
    {
        var op = text.Substring(at, length);
        return new FilterToken(FilterTokenKind.Operator, op, op, at + 1);
    }

    private static FilterToken ReadWord(string text, int at)
    {
        var end = at;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        var word = text[at..end];
        return new FilterToken(FilterTokenKind.Word, word, word, at + 1);
    }

    private static FilterToken ReadQuotedName(string text, int at)
    {
        var end = text.IndexOf('`', at + 1);
        if (end < 0)
        {
            throw Error(at, "the column name starting here has no closing '`'");
        }

        if (end == at + 1)
        {
            throw Error(at, "'``' is an empty column name");
        }

        return new FilterToken(FilterTokenKind.QuotedName, text[(at + 1)..end], text[at..(end + 1)], at + 1);
    }

    // Single quotes, with '' standing for one quote inside the text, as in SQL.
    private static FilterToken ReadString(string text, int at)
    {
        var value = new System.Text.StringBuilder();
        var i = at + 1;
        while (i < text.Length)
        {
            if (text[i] != '\'')
            {
                value.Append(text[i++]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '\'')
            {
                value.Append('\'');
                i += 2;
            }
            else
            {
                return new FilterToken(FilterTokenKind.String, value.ToString(), text[at..(i + 1)], at + 1);
            }
        }

        throw Error(at, "the quoted value starting here has no closing quote");
    }

    private static FilterToken ReadNumber(string text, int at)
    {
        var end = at;
        if (text[end] == '-')
        {
            end++;
        }

        end = SkipDigits(text, end);
        if (end < text.Length && text[end] == '.')
        {
            end = SkipDigits(text, end + 1);
        }

        if (end < text.Length && text[end] is 'e' or 'E')
        {
            var exponent = end + 1;
            if (exponent < text.Length && text[exponent] is '+' or '-')
            {
                exponent++;
            }

            var digitsEnd = SkipDigits(text, exponent);
            if (digitsEnd == exponent)
            {
                throw Error(end, $"expected digits after the exponent in '{text[at..exponent]}'");
            }

            end = digitsEnd;
        }

        if (end < text.Length && (char.IsLetter(text[end]) || text[end] == '_' || text[end] == '.'))
        {
            throw Error(end, $"unexpected '{text[end]}' after the number '{text[at..end]}'");
        }

        var source = text[at..end];
        return new FilterToken(FilterTokenKind.Number, source, source, at + 1);
    }

    private static int SkipDigits(string text, int at)
    {
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    private static FilterSyntaxException Error(int at, string message) => new(at + 1, message);
}
