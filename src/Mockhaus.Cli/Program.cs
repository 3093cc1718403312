using Mockhaus.Cli;

return await CommandLine.RunAsync(args);
