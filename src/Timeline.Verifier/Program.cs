using Timeline.Verifier;

return VerifierCommand.Run(args, Console.Out);
