using System.Text;

namespace GraphApi.GraphQL.Validation;

// graphql-js jsutils/suggestionList, didYouMean and naturalCompare, for identical "Did you mean" hints.
/// <summary>Picks the names close to a mistyped one and phrases them as graphql-js does.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options within lexical distance of the input, closest first, ties in natural order.</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var matches = new List<(string Option, int Distance)>();
        var lowerInput = input.ToLowerInvariant();
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int[][]? rows = null;
        foreach (var option in options)
        {
            if (!seen.Add(option))
            {
                continue;
            }

            var distance = Measure(input, lowerInput, option, threshold, ref rows);
            if (distance >= 0)
            {
                matches.Add((option, distance));
            }
        }

        matches.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(matches.Count);
        foreach (var (option, _) in matches)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (at most five), or empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>" Did you mean {subMessage} "a" or "b"?", or empty when there is nothing to suggest.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            message.Append(subMessage).Append(' ');
        }

        switch (suggestions.Count)
        {
            case 1:
                return message.Append('"').Append(suggestions[0]).Append("\"?").ToString();
            case 2:
                return message.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count - 1; i++)
        {
            message.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return message.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>Compares strings with runs of digits compared as numbers (graphql-js naturalCompare).</summary>
    public static int NaturalCompare(string a, string b)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            int aChar = a[aIndex];
            int bChar = b[bIndex];
            if (IsDigit(aChar) && IsDigit(bChar))
            {
                long aNum = 0;
                do
                {
                    ++aIndex;
                    aNum = (aNum * 10) + aChar - '0';
                    aChar = aIndex < a.Length ? a[aIndex] : -1;
                }
                while (IsDigit(aChar) && aNum > 0);

                long bNum = 0;
                do
                {
                    ++bIndex;
                    bNum = (bNum * 10) + bChar - '0';
                    bChar = bIndex < b.Length ? b[bIndex] : -1;
                }
                while (IsDigit(bChar) && bNum > 0);

                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }

                ++aIndex;
                ++bIndex;
            }
        }

        return a.Length - b.Length;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    // Damerau-Levenshtein (optimal string alignment) on lower-cased text; -1 when beyond the threshold.
    private static int Measure(string input, string lowerInput, string option, int threshold, ref int[][]? rows)
    {
        if (input == option)
        {
            return 0;
        }

        var lowerOption = option.ToLowerInvariant();
        if (lowerInput == lowerOption)
        {
            return 1;
        }

        var a = lowerOption;
        var b = lowerInput;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        var aLength = a.Length;
        var bLength = b.Length;
        if (aLength - bLength > threshold)
        {
            return -1;
        }

        if (rows is null || rows[0].Length < bLength + 1)
        {
            var size = Math.Max(lowerInput.Length, bLength) + 1;
            rows = [new int[size], new int[size], new int[size]];
        }

        for (var j = 0; j <= bLength; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= aLength; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= bLength; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                }

                if (currentCell < smallestCell)
                {
                    smallestCell = currentCell;
                }

                currentRow[j] = currentCell;
            }

            if (smallestCell > threshold)
            {
                return -1;
            }
        }

        var distance = rows[aLength % 3][bLength];
        return distance <= threshold ? distance : -1;
    }
}
