using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace GraphApi.GraphQL.Data.Tests;

/// <summary>
/// Snapshooter's <see cref="Snapshot.Match(object, SnapshotFullName, Func{MatchOptions, MatchOptions})"/> for text
/// (<c>__snapshots__/Class.Method[_extension].snap</c> beside the test), failing with a line diff: Snapshooter itself
/// compares text as one JSON-escaped string, which is unreadable for a result and its SQL.
/// </summary>
public static class TextSnapshot
{
    private const int Context = 3;
    private const int MaxLines = 200;

    /// <summary>Matches <paramref name="text"/> with the calling test's snapshot, or the theory case's when <paramref name="extension"/> names it.</summary>
    public static void Match(string text, string? extension = null)
    {
        var name = extension is null ? Snapshot.FullName() : Snapshot.FullName(SnapshotNameExtension.Create(extension));
        try
        {
            Snapshot.Match(text, name);
        }
        catch (XunitException)
        {
            var stored = File.ReadAllText(Path.Combine(name.FolderPath, "__snapshots__", name.Filename));
            throw new XunitException(
                $"{name.Filename} differs from the stored snapshot (- stored, + now). The new one is in "
                + $"__snapshots__/__mismatch__/{name.Filename}; to accept it, copy it over the stored one (README, \"Test it\").\n"
                + Diff(stored, text));
        }
    }

    private static string Diff(string stored, string actual)
    {
        var lines = InlineDiffBuilder.Diff(Normalize(stored), Normalize(actual), ignoreWhiteSpace: false).Lines;
        var changed = lines.Select((line, i) => (line, i)).Where(x => x.line.Type != ChangeType.Unchanged).Select(x => x.i).ToList();
        var output = new StringBuilder();
        var written = 0;
        var last = -1;
        for (var i = 0; i < lines.Count && written < MaxLines; i++)
        {
            if (!changed.Any(c => Math.Abs(c - i) <= Context))
            {
                continue;
            }

            if (i != last + 1)
            {
                output.Append("@@ line ").Append(lines[i].Position ?? i + 1).Append('\n');
            }

            output.Append(lines[i].Type switch { ChangeType.Deleted => "- ", ChangeType.Inserted => "+ ", _ => "  " }).Append(lines[i].Text).Append('\n');
            last = i;
            written++;
        }

        return written < MaxLines ? output.ToString() : output.Append("... (more differences)\n").ToString();
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
