using GraphApi.Connectors;

using var host = ConnectorHost.Create(args);
await host.RunAsync();
