using GraphApi.GraphQL.Validation.Rules;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation.Rules;

// Ported from graphql-js 16 src/validation/__tests__/SingleFieldSubscriptionsRule-test.ts; expectations are graphql-js 16.15's own output.
public class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void ValidSubscription()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription ImportantEmails {
        importantEmails
      }");
    }

    [Fact]
    public void ValidSubscriptionWithFragment()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription sub {
        ...newMessageFields
      }

      fragment newMessageFields on SubscriptionRoot {
        newMessage {
          body
          sender
        }
      }");
    }

    [Fact]
    public void ValidSubscriptionWithFragmentAndField()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription sub {
        newMessage {
          body
        }
        ...newMessageFields
      }

      fragment newMessageFields on SubscriptionRoot {
        newMessage {
          body
          sender
        }
      }");
    }

    [Fact]
    public void FailsWithMoreThanOneRootField()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription ImportantEmails {
        importantEmails
        notImportantEmails
      }",
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9)));
    }

    [Fact]
    public void FailsWithMoreThanOneRootFieldIncludingIntrospection()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription ImportantEmails {
        importantEmails
        __typename
      }",
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9)),
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (4, 9)));
    }

    [Fact]
    public void FailsWithMoreThanOneRootFieldIncludingAliasedIntrospection()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription ImportantEmails {
        importantEmails
        ...Introspection
      }
      fragment Introspection on SubscriptionRoot {
        typename: __typename
      }",
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (7, 9)),
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (7, 9)));
    }

    [Fact]
    public void FailsWithManyMoreThanOneRootField()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription ImportantEmails {
        importantEmails
        notImportantEmails
        spamEmails
      }",
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9), (5, 9)));
    }

    [Fact]
    public void FailsWithManyMoreThanOneRootFieldViaFragments()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription ImportantEmails {
        importantEmails
        ... {
          more: moreImportantEmails
        }
        ...NotImportantEmails
      }
      fragment NotImportantEmails on SubscriptionRoot {
        notImportantEmails
        deleted: deletedEmails
        ...SpamEmails
      }
      fragment SpamEmails on SubscriptionRoot {
        spamEmails
      }",
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (5, 11), (10, 9), (11, 9), (15, 9)));
    }

    [Fact]
    public void DoesNotInfiniteLoopOnRecursiveFragments()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription NoInfiniteLoop {
        ...A
      }
      fragment A on SubscriptionRoot {
        ...A
      }");
    }

    [Fact]
    public void FailsWithManyMoreThanOneRootFieldViaFragmentsAnonymous()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription {
        importantEmails
        ... {
          more: moreImportantEmails
          ...NotImportantEmails
        }
        ...NotImportantEmails
      }
      fragment NotImportantEmails on SubscriptionRoot {
        notImportantEmails
        deleted: deletedEmails
        ... {
          ... {
            archivedEmails
          }
        }
        ...SpamEmails
      }
      fragment SpamEmails on SubscriptionRoot {
        spamEmails
        ...NonExistentFragment
      }",
            Error("Anonymous Subscription must select only one top level field.", (5, 11), (11, 9), (12, 9), (15, 13), (21, 9)));
    }

    [Fact]
    public void FailsWithMoreThanOneRootFieldInAnonymousSubscriptions()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription {
        importantEmails
        notImportantEmails
      }",
            Error("Anonymous Subscription must select only one top level field.", (4, 9)));
    }

    [Fact]
    public void FailsWithIntrospectionField()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription ImportantEmails {
        __typename
      }",
            Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 9)));
    }

    [Fact]
    public void FailsWithIntrospectionFieldInAnonymousSubscription()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription {
        __typename
      }",
            Error("Anonymous Subscription must not select an introspection top level field.", (3, 9)));
    }

    [Fact]
    public void SkipsIfNotSubscriptionType()
    {
        ExpectValid(
            Rule,
            @"
      subscription {
        __typename
      }");
    }

    [Fact]
    public void SkipAndIncludeLiteralsExcludeFields()
    {
        ExpectErrorsWithSchema(
            ValidationHarness.SubscriptionSchema, Rule,
            @"
      subscription {
        importantEmails
        notImportantEmails @skip(if: true)
        spamEmails @include(if: false)
      }");
    }
}
