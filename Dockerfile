# MetodPortal in a container (for those who have Docker; run.sh needs none).
FROM node:20-bookworm-slim AS assets
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
COPY --from=assets /src/node_modules ./node_modules
RUN mkdir -p src/MetodPortal.Web/wwwroot/lib/bootstrap/css src/MetodPortal.Web/wwwroot/lib/bootstrap/js src/MetodPortal.Web/wwwroot/lib/bootstrap-icons/font \
 && cp node_modules/bootstrap/dist/css/bootstrap.min.css src/MetodPortal.Web/wwwroot/lib/bootstrap/css/ \
 && cp node_modules/bootstrap/dist/js/bootstrap.bundle.min.js src/MetodPortal.Web/wwwroot/lib/bootstrap/js/ \
 && cp -r node_modules/bootstrap-icons/font/bootstrap-icons.min.css node_modules/bootstrap-icons/font/fonts src/MetodPortal.Web/wwwroot/lib/bootstrap-icons/font/ \
 && dotnet publish src/MetodPortal.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "MetodPortal.Web.dll"]
