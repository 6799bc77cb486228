/** The EQ- codes the demo backend answers with: the API's own where it documents one. */
export const errorCodes = {
  /** Generic "invalid input" for rules the API has no dedicated code for. */
  invalidInput: 'EQ-3142501',
  /** Duplicate VLAN (or S/C pair) on the port. */
  vlanInUse: 'EQ-3142102',
  tokenNotFound: 'EQ-3034016',
  tokenAlreadyDeleted: 'EQ-3034019',
  tokenInvalidStatus: 'EQ-3142532',
  tokenBandwidthExceeded: 'EQ-3142535',
  tokenRemoteNotAllowed: 'EQ-3142536',
  connectionNotFound: 'EQ-3142519',
  portNotFound: 'EQ-3035202',
  uuidNotFound: 'EQ-3045811',
  forbidden: 'EQ-3045003',
  unauthorized: 'EQ-3000039',
  internalError: 'EQ-3045004',
  metroUnauthorized: 'EQ-3036001',
  metroInvalidParameter: 'EQ-3036013',
  metroInternalError: 'EQ-3036030',
  metroNotFound: 'EQ-3036100',
  deviceNotFound: 'EQ-4006103',
  deviceInvalidParameter: 'EQ-4000010',
} as const;
