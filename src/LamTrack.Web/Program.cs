using LamTrack.Web.Hosting;

WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddLamTrackWeb();

WebApplication app = builder.Build();
app.UseLamTrackWeb();
app.MapLamTrackWeb();
await app.PrepareLamTrackAsync(Console.Out);
await app.RunAsync();
