// nginx (Debian's, as scripts/cluster.sh runs it) in front of several portal processes for the rush through two portals: round robin,
// no sticky sessions, a temporary folder of its own, stopped on dispose.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MetodPortal.Bench;

internal sealed class NginxProxy : IAsyncDisposable
{
    private readonly DirectoryInfo _home;

    private NginxProxy(DirectoryInfo home, Uri address) => (_home, Address) = (home, address);

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(IEnumerable<Uri> portals)
    {
        var home = Directory.CreateTempSubdirectory("metodportal-bench-nginx-");
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var servers = string.Concat(portals.Select(p => $"        server 127.0.0.1:{p.Port.ToString(CultureInfo.InvariantCulture)};\n"));
        var root = Environment.UserName == "root" ? "user root;" : "";
        // 800 clients each hold a connection to nginx and one to a portal: more than nginx's default 512 connections.
        await File.WriteAllTextAsync(Path.Combine(home.FullName, "nginx.conf"), $$"""
            {{root}}
            worker_processes 1;
            pid {{home.FullName}}/nginx.pid;
            error_log {{home.FullName}}/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path {{home.FullName}}/body;
                proxy_temp_path {{home.FullName}}/proxy;
                fastcgi_temp_path {{home.FullName}}/fastcgi;
                uwsgi_temp_path {{home.FullName}}/uwsgi;
                scgi_temp_path {{home.FullName}}/scgi;
                upstream portals {
            {{servers}}        keepalive 64;
                }
                server {
                    listen 127.0.0.1:{{port.ToString(CultureInfo.InvariantCulture)}};
                    location / {
                        proxy_pass http://portals;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $http_host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_read_timeout 300s;
                    }
                }
            }
            """);
        await RunAsync(home, []);
        return new NginxProxy(home, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync(_home, ["-s", "stop"]);
        _home.Delete(recursive: true);
    }

    private static async Task RunAsync(DirectoryInfo home, string[] arguments)
    {
        var start = new ProcessStartInfo("nginx") { RedirectStandardError = true };
        foreach (var argument in new[] { "-c", Path.Combine(home.FullName, "nginx.conf"), "-p", home.FullName }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start (apt-get install nginx)");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"nginx {string.Join(' ', arguments)} exited {process.ExitCode}: {errors}");
        }
    }
}
