using System.Reflection;
using MediatR;

namespace Timeline.Api.Validation;

public static class MediatorServiceCollectionExtensions
{
    /// <summary>
    /// Registers MediatR 5.1.0 by hand (its DI package cannot be restored here): the mediator, every handler
    /// and validator of this assembly, and the validation behaviour in front of every handler.
    /// </summary>
    public static IServiceCollection AddMediatorWithValidation(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
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
