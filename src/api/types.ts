import type { components } from './schema.gen';

/** Each domain type named once, as the contract spells it. */
type Schemas = components['schemas'];

export type ServiceToken = Schemas['ServiceToken'];
export type ServiceTokens = Schemas['ServiceTokens'];
export type ServiceTokenState = Schemas['ServiceTokenState'];
export type ServiceTokenConnection = Schemas['ServiceTokenConnection'];
export type ServiceTokenSearchRequest = Schemas['ServiceTokenSearchRequest'];
export type ServiceTokenChangeOperation = Schemas['ServiceTokenChangeOperation'];
export type ServiceTokenUpdateRequest = Schemas['ServiceTokenUpdateRequest'];
export type AccessPointSelector = Schemas['AccessPointSelector'];
export type LinkProtocol = Schemas['SimplifiedLinkProtocol'];
export type Changelog = Schemas['Changelog'];
export type Port = Schemas['Port'];
export type PortSearchRequest = Schemas['PortV4SearchRequest'];
export type LinkProtocolEntry = Schemas['LinkProtocolResponse'];
export type Metro = Schemas['Metro'];
export type Network = Schemas['Network'];
export type NetworkSearchRequest = Schemas['NetworkSearchRequest'];
export type Connection = Schemas['Connection'];
export type ConnectionPostRequest = Schemas['ConnectionPostRequest'];
export type ConnectionSearchRequest = Schemas['SearchRequest'];
export type NeDevice = Schemas['NeDevice'];
export type NeDeviceInterface = Schemas['NeDeviceInterface'];
export type ErrorList = Schemas['ErrorList'];
export type Phone = Schemas['Phone'];
