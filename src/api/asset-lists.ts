/**
 * The lists of the user's assets (ports, metros, devices, networks) are read once per visit to
 * the screens that pick from them, not again on every mount, focus or step change: they change
 * rarely, reading them can take several requests, and the wizard offers a Refresh. What a token
 * takes (a port's VLANs, a device's interfaces) is read fresh by its own queries instead.
 */
export const assetListOptions = {
  staleTime: 30 * 60_000,
  refetchOnWindowFocus: false,
} as const;
