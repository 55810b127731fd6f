using System.Reflection;
using MediatR;
using Timeline.Api.Telemetry;

namespace Timeline.Api.Validation;

public static class MediatorServiceCollectionExtensions
{
    /// <summary>
    /// Registers MediatR 5.1.0 by hand (its DI package cannot be restored here): the mediator, every handler
    /// and validator of this assembly, and in front of every handler a span, then the validation behaviour.
    /// </summary>
    public static IServiceCollection AddMediatorWithValidation(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        // Registration order is pipeline order: the first registered behaviour is the outermost.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TracingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>) || definition == typeof(IValidator<>))
                    services.AddScoped(contract, type);
            }
        }
        return services;
    }
}
