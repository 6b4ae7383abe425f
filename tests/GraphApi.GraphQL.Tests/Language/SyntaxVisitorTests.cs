using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

// SyntaxWalker and SyntaxRewriter.
public class SyntaxVisitorTests
{
    private sealed class RecordingWalker(Func<SyntaxNode, VisitAction>? onEnter = null) : SyntaxWalker
    {
        public List<string> Events { get; } = [];

        protected override VisitAction Enter(SyntaxNode node)
        {
            Events.Add($"enter {Describe(node)} under {(Parent is null ? "-" : Parent.Kind.ToString())} at depth {Ancestors.Count}");
            return onEnter?.Invoke(node) ?? VisitAction.Continue;
        }

        protected override VisitAction Leave(SyntaxNode node)
        {
            Events.Add($"leave {Describe(node)}");
            return VisitAction.Continue;
        }

        private static string Describe(SyntaxNode node) => node is NameNode name ? $"Name {name.Value}" : node.Kind.ToString();
    }

    [Fact]
    public void Walks_in_source_order_with_parents_and_ancestors()
    {
        var walker = new RecordingWalker();
        walker.Walk(Parser.Parse("{ a(x: 1) }"));
        Assert.Equal(
            [
                "enter Document under - at depth 0",
                "enter OperationDefinition under Document at depth 1",
                "enter SelectionSet under OperationDefinition at depth 2",
                "enter Field under SelectionSet at depth 3",
                "enter Name a under Field at depth 4",
                "leave Name a",
                "enter Argument under Field at depth 4",
                "enter Name x under Argument at depth 5",
                "leave Name x",
                "enter IntValue under Argument at depth 5",
                "leave IntValue",
                "leave Argument",
                "leave Field",
                "leave SelectionSet",
                "leave OperationDefinition",
                "leave Document",
            ],
            walker.Events);
    }

    [Fact]
    public void Skip_leaves_out_the_subtree_and_stop_ends_the_walk()
    {
        var skipping = new RecordingWalker(node => node is FieldNode { Name.Value: "a" } ? VisitAction.Skip : VisitAction.Continue);
        skipping.Walk(Parser.Parse("{ a { b } c }"));
        Assert.DoesNotContain(skipping.Events, e => e.Contains("Name b", StringComparison.Ordinal));
        Assert.Contains("enter Name c under Field at depth 4", skipping.Events);
        Assert.Single(skipping.Events, e => e == "leave Field");

        var stopping = new RecordingWalker(node => node is NameNode { Value: "b" } ? VisitAction.Stop : VisitAction.Continue);
        stopping.Walk(Parser.Parse("{ a { b } c }"));
        Assert.Equal("enter Name b under Field at depth 6", stopping.Events[^1]);
    }

    [Fact]
    public void Walks_every_node_of_the_kitchen_sinks()
    {
        var counter = new RecordingWalker();
        counter.Walk(Parser.Parse(TestDocuments.SchemaKitchenSink));
        counter.Walk(Parser.Parse(TestDocuments.KitchenSink));
        Assert.Contains(counter.Events, e => e.StartsWith("enter Name onInputFieldDefinition", StringComparison.Ordinal));
        Assert.Contains(counter.Events, e => e.StartsWith("enter Name frag", StringComparison.Ordinal));
    }

    private sealed class RenameAndRemove : SyntaxRewriter
    {
        protected override SyntaxNode? Rewrite(SyntaxNode node) => node switch
        {
            FieldNode { Name.Value: "secret" } => null,
            NameNode { Value: "old" } => new NameNode { Value = "renamed", Location = node.Location },
            DirectiveNode { Name.Value: "drop" } => null,
            _ => node,
        };
    }

    [Fact]
    public void Rewriter_replaces_and_removes_nodes_without_touching_the_original()
    {
        var original = Parser.Parse("{ old secret keep @drop { old } }");
        var rewritten = (DocumentNode)new RenameAndRemove().Visit(original)!;
        Assert.Equal("{\n  renamed\n  keep {\n    renamed\n  }\n}", Printer.Print(rewritten));
        Assert.Equal("{\n  old\n  secret\n  keep @drop {\n    old\n  }\n}", Printer.Print(original));
    }

    [Fact]
    public void Rewriter_shares_unchanged_subtrees()
    {
        var original = Parser.Parse("{ a { b } } { old }");
        var rewritten = (DocumentNode)new RenameAndRemove().Visit(original)!;
        Assert.NotSame(original, rewritten);
        Assert.Same(original.Definitions[0], rewritten.Definitions[0]);
        Assert.NotSame(original.Definitions[1], rewritten.Definitions[1]);

        var untouched = Parser.Parse("{ a }");
        Assert.Same(untouched, new RenameAndRemove().Visit(untouched));
    }

    private sealed class RemoveNames : SyntaxRewriter
    {
        protected override SyntaxNode? Rewrite(SyntaxNode node) => node is NameNode ? null : node;
    }

    private sealed class ReplaceValueWithName : SyntaxRewriter
    {
        protected override SyntaxNode? Rewrite(SyntaxNode node) => node is IntValueNode ? new NameNode { Value = "x" } : node;
    }

    [Fact]
    public void Rewriter_refuses_removals_and_replacements_that_do_not_fit()
    {
        var removal = Assert.Throws<InvalidOperationException>(() => new RemoveNames().Visit(Parser.Parse("{ a }")));
        Assert.Equal("A Name node cannot be removed from where it stands.", removal.Message);
        var misfit = Assert.Throws<InvalidOperationException>(() => new ReplaceValueWithName().Visit(Parser.Parse("{ a(x: 1) }")));
        Assert.Equal("A Name node cannot replace a IntValue node: it must be a IValueNode.", misfit.Message);
    }
}
