"""The seeded universe, part one: venues, chains, assets and how venues name them.

Plain typed data, so a reader can see the whole reference world at a glance and a test can count it.
Identifiers (CAIP-2 chains, contract addresses, ISINs, CUSIPs) are the real ones, so data joined on
them elsewhere lines up; prices and market parameters live with the instruments in
``universe_instruments``. Nothing here builds protos: ``catalogue`` does.
"""

from __future__ import annotations

from dataclasses import dataclass

from cq.assets.v1 import resources_pb2 as r

# ---------------------------------------------------------------------------------------------- types


@dataclass(frozen=True)
class VenueSpec:
    """A venue the reference knows. ``sim`` is the simulator's own venue, where orders are matched;
    the others carry market data and symbol mappings only."""

    venue_id: str
    name: str
    spread_multiplier: float = 1.0  # the venue's spreads relative to the instrument's typical spread
    depth_multiplier: float = 1.0  # the venue's resting quantity relative to the instrument's profile
    max_premium_bps: float = 0.0  # bound of the venue's persistent price offset from fair value


@dataclass(frozen=True)
class ChainSpec:
    chain_id: str
    name: str
    native_asset_id: str
    decimals: int
    finality: r.FinalityModel.ValueType
    confirmations: int
    block_time_s: float
    finality_s: float
    testnet: bool = False
    explorer_uri: str = ""


@dataclass(frozen=True)
class TokenSpec:
    chain_id: str
    standard: r.TokenStandard.ValueType
    decimals: int
    contract_address: str = ""


@dataclass(frozen=True)
class RelationSpec:
    type: r.AssetRelationType.ValueType
    related_asset_id: str
    provider: str = ""


@dataclass(frozen=True)
class AssetSpec:
    asset_id: str
    name: str
    asset_class: r.AssetClass.ValueType
    decimals: int
    symbol: str = ""  # empty: the asset id
    status: r.AssetStatus.ValueType = r.ASSET_STATUS_ACTIVE
    tokens: tuple[TokenSpec, ...] = ()
    relations: tuple[RelationSpec, ...] = ()
    tags: tuple[str, ...] = ()
    sector: str = ""
    industry: str = ""
    issuer: str = ""
    country_code: str = ""
    website_uri: str = ""
    caip19_id: str = ""
    isin: str = ""
    figi: str = ""
    cusip: str = ""
    iso4217_code: str = ""
    coingecko_id: str = ""
    coinmarketcap_id: str = ""


@dataclass(frozen=True)
class MappingSpec:
    venue_id: str
    symbol: str
    asset_id: str
    venue_asset_code: str = ""
    aliases: tuple[str, ...] = ()
    network: str = ""
    chain_id: str = ""
    valid_from: str = ""  # RFC 3339; empty: unbounded
    valid_until: str = ""


# --------------------------------------------------------------------------------------------- venues

VENUES: tuple[VenueSpec, ...] = (
    VenueSpec("sim", "CQ simulator"),
    VenueSpec("kraken", "Kraken", spread_multiplier=1.25, depth_multiplier=0.8, max_premium_bps=1.5),
    VenueSpec("binance", "Binance", spread_multiplier=0.8, depth_multiplier=1.6, max_premium_bps=1.0),
    VenueSpec("coinbase", "Coinbase Exchange", spread_multiplier=1.0, depth_multiplier=1.0, max_premium_bps=1.5),
)
SIM_VENUE = "sim"

# --------------------------------------------------------------------------------------------- chains

_P, _D = r.FINALITY_MODEL_PROBABILISTIC, r.FINALITY_MODEL_DETERMINISTIC
BITCOIN = "bip122:000000000019d6689c085ae165831e93"
ETHEREUM = "eip155:1"
OPTIMISM = "eip155:10"
BNB_CHAIN = "eip155:56"
POLYGON = "eip155:137"
BASE = "eip155:8453"
ARBITRUM = "eip155:42161"
AVALANCHE = "eip155:43114"
SEPOLIA = "eip155:11155111"
SOLANA = "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp"
TRON = "tron:0x2b6653dc"
LITECOIN = "bip122:12a765e31ffd4059bada1e25190f6e98"
DOGECOIN = "bip122:1a91e3dace36e2be3bf030a65679fe82"

CHAINS: tuple[ChainSpec, ...] = (
    ChainSpec(BITCOIN, "Bitcoin", "BTC", 8, _P, 3, 600, 1800, explorer_uri="https://mempool.space"),
    ChainSpec(ETHEREUM, "Ethereum Mainnet", "ETH", 18, _D, 64, 12, 780, explorer_uri="https://etherscan.io"),
    ChainSpec(OPTIMISM, "OP Mainnet", "ETH", 18, _D, 10, 2, 1200, explorer_uri="https://optimistic.etherscan.io"),
    ChainSpec(BNB_CHAIN, "BNB Smart Chain", "BNB", 18, _D, 15, 3, 45, explorer_uri="https://bscscan.com"),
    ChainSpec(POLYGON, "Polygon PoS", "POL", 18, _D, 128, 2, 300, explorer_uri="https://polygonscan.com"),
    ChainSpec(BASE, "Base", "ETH", 18, _D, 10, 2, 1200, explorer_uri="https://basescan.org"),
    ChainSpec(ARBITRUM, "Arbitrum One", "ETH", 18, _D, 20, 0.25, 1200, explorer_uri="https://arbiscan.io"),
    ChainSpec(AVALANCHE, "Avalanche C-Chain", "AVAX", 18, _D, 1, 2, 2, explorer_uri="https://snowtrace.io"),
    ChainSpec(SEPOLIA, "Sepolia", "ETH", 18, _D, 64, 12, 780, testnet=True,
              explorer_uri="https://sepolia.etherscan.io"),
    ChainSpec(SOLANA, "Solana Mainnet", "SOL", 9, _D, 32, 0.4, 13, explorer_uri="https://solscan.io"),
    ChainSpec(TRON, "Tron Mainnet", "TRX", 6, _D, 19, 3, 57, explorer_uri="https://tronscan.org"),
    ChainSpec(LITECOIN, "Litecoin", "LTC", 8, _P, 6, 150, 900, explorer_uri="https://litecoinspace.org"),
    ChainSpec(DOGECOIN, "Dogecoin", "DOGE", 8, _P, 40, 60, 2400, explorer_uri="https://dogechain.info"),
)

# SLIP-44 coin types of chains' native assets: the CAIP-19 asset reference of a native token.
SLIP44 = {"BTC": 0, "ETH": 60, "BNB": 714, "POL": 966, "AVAX": 9000, "SOL": 501, "TRX": 195,
          "LTC": 2, "DOGE": 3}

# --------------------------------------------------------------------------------------------- assets

_NATIVE, _ERC20, _SPL, _TRC20 = r.TOKEN_STANDARD_NATIVE, r.TOKEN_STANDARD_ERC20, r.TOKEN_STANDARD_SPL, r.TOKEN_STANDARD_TRC20
_CRYPTO, _FIAT, _EQUITY, _BOND = r.ASSET_CLASS_CRYPTO, r.ASSET_CLASS_FIAT, r.ASSET_CLASS_EQUITY, r.ASSET_CLASS_BOND
_INDEX, _FUND, _COMMODITY = r.ASSET_CLASS_INDEX, r.ASSET_CLASS_FUND, r.ASSET_CLASS_COMMODITY


def _erc20(chain_id: str, address: str, decimals: int = 18) -> TokenSpec:
    return TokenSpec(chain_id, _ERC20, decimals, address)


def _native(chain_id: str, decimals: int) -> TokenSpec:
    return TokenSpec(chain_id, _NATIVE, decimals)


def _pegged(asset_id: str, issuer: str = "") -> RelationSpec:
    return RelationSpec(r.ASSET_RELATION_TYPE_PEGGED, asset_id, issuer)


def _coin(asset_id: str, name: str, coingecko: str, cmc: str, *tags: str, decimals: int = 8,
          tokens: tuple[TokenSpec, ...] = (), status: r.AssetStatus.ValueType = r.ASSET_STATUS_ACTIVE, sector: str = "",
          relations: tuple[RelationSpec, ...] = (), website: str = "") -> AssetSpec:
    return AssetSpec(asset_id, name, _CRYPTO, decimals, status=status, tokens=tokens, relations=relations,
                     tags=tags, sector=sector, coingecko_id=coingecko, coinmarketcap_id=cmc, website_uri=website)


def _stock(asset_id: str, name: str, isin: str, cusip: str, sector: str, industry: str,
           figi: str = "") -> AssetSpec:
    return AssetSpec(asset_id, name, _EQUITY, 0, tags=("us-large-cap",), sector=sector, industry=industry,
                     issuer=name, country_code="US", isin=isin, cusip=cusip, figi=figi)


def _fund(asset_id: str, name: str, isin: str, cusip: str, issuer: str, *tags: str) -> AssetSpec:
    return AssetSpec(asset_id, name, _FUND, 0, tags=("etf", *tags), issuer=issuer, country_code="US",
                     isin=isin, cusip=cusip)


def _fiat(code: str, name: str, country: str) -> AssetSpec:
    return AssetSpec(code, name, _FIAT, 2, iso4217_code=code, country_code=country, tags=("fiat",))


USDC_TOKENS = (
    _erc20(ETHEREUM, "0xA0b86991c6218b36c1D19D4a2e9Eb0cE3606eB48", 6),
    _erc20(OPTIMISM, "0x0b2C639c533813f4Aa9D7837cAf62653d097Ff85", 6),
    _erc20(BNB_CHAIN, "0x8AC76a51cc950d9822D68b83fE1Ad97B32Cd580d", 18),
    _erc20(POLYGON, "0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359", 6),
    _erc20(BASE, "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", 6),
    _erc20(ARBITRUM, "0xaf88d065e77c8cC2239327C5EDb3A432268e5831", 6),
    _erc20(AVALANCHE, "0xB97EF9Ef8734C71904D8002F8b6Bc66Dd9c48a6E", 6),
    TokenSpec(SOLANA, _SPL, 6, "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"),
)
USDT_TOKENS = (
    _erc20(ETHEREUM, "0xdAC17F958D2ee523a2206206994597C13D831ec7", 6),
    _erc20(BNB_CHAIN, "0x55d398326f99059fF775485246999027B3197955", 18),
    _erc20(ARBITRUM, "0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9", 6),
    TokenSpec(SOLANA, _SPL, 6, "Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB"),
    TokenSpec(TRON, _TRC20, 6, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
)

ASSETS: tuple[AssetSpec, ...] = (
    # Crypto: native coins, stablecoins on several chains, wrapped/staked/bridged/migrated tokens.
    _coin("BTC", "Bitcoin", "bitcoin", "1", "layer-1", "store-of-value", tokens=(_native(BITCOIN, 8),),
          sector="Currency", website="https://bitcoin.org"),
    _coin("ETH", "Ether", "ethereum", "1027", "layer-1", "smart-contracts", decimals=18,
          tokens=(_native(ETHEREUM, 18), _native(OPTIMISM, 18), _native(BASE, 18), _native(ARBITRUM, 18)),
          sector="Smart Contract Platform", website="https://ethereum.org"),
    _coin("USDC", "USD Coin", "usd-coin", "3408", "stablecoin", decimals=6, tokens=USDC_TOKENS,
          relations=(_pegged("USD", "Circle"),), sector="Stablecoins", website="https://www.circle.com"),
    _coin("USDT", "Tether USD", "tether", "825", "stablecoin", decimals=6, tokens=USDT_TOKENS,
          relations=(_pegged("USD", "Tether"),), sector="Stablecoins", website="https://tether.to"),
    _coin("DAI", "Dai", "dai", "4943", "stablecoin", "defi", decimals=18,
          tokens=(_erc20(ETHEREUM, "0x6B175474E89094C44Da98b954EedeAC495271d0F"),),
          relations=(_pegged("USD", "Sky"),), sector="Stablecoins"),
    _coin("USDC.E", "Bridged USD Coin (Avalanche)", "", "", "stablecoin", "bridged",
          decimals=6, tokens=(_erc20(AVALANCHE, "0xA7D7079b0FEaD91F3e65f86E8915Cb59c1a4C664", 6),),
          relations=(RelationSpec(r.ASSET_RELATION_TYPE_BRIDGED, "USDC", "Avalanche Bridge"),),
          sector="Stablecoins"),
    _coin("WBTC", "Wrapped Bitcoin", "wrapped-bitcoin", "3717", "wrapped",
          tokens=(_erc20(ETHEREUM, "0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599", 8),),
          relations=(RelationSpec(r.ASSET_RELATION_TYPE_WRAPPED, "BTC", "BitGo"),), sector="Wrapped Tokens"),
    _coin("CBBTC", "Coinbase Wrapped BTC", "coinbase-wrapped-btc", "32994", "wrapped",
          tokens=(_erc20(BASE, "0xcbB7C0000aB88B473b1f5aFd9ef808440eed33Bf", 8),
                  _erc20(ETHEREUM, "0xcbB7C0000aB88B473b1f5aFd9ef808440eed33Bf", 8)),
          relations=(RelationSpec(r.ASSET_RELATION_TYPE_WRAPPED, "BTC", "Coinbase"),), sector="Wrapped Tokens"),
    _coin("STETH", "Lido Staked Ether", "staked-ether", "8085", "liquid-staking", decimals=18,
          tokens=(_erc20(ETHEREUM, "0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84"),),
          relations=(RelationSpec(r.ASSET_RELATION_TYPE_LIQUID_STAKED, "ETH", "Lido"),),
          sector="Liquid Staking"),
    _coin("SOL", "Solana", "solana", "5426", "layer-1", decimals=9, tokens=(_native(SOLANA, 9),),
          sector="Smart Contract Platform", website="https://solana.com"),
    _coin("BNB", "BNB", "binancecoin", "1839", "layer-1", "exchange-token", decimals=18,
          tokens=(_native(BNB_CHAIN, 18),), sector="Smart Contract Platform"),
    _coin("TRX", "TRON", "tron", "1958", "layer-1", decimals=6, tokens=(_native(TRON, 6),),
          sector="Smart Contract Platform"),
    _coin("AVAX", "Avalanche", "avalanche-2", "5805", "layer-1", decimals=18, tokens=(_native(AVALANCHE, 18),),
          sector="Smart Contract Platform"),
    _coin("XRP", "XRP", "ripple", "52", "payments", decimals=6, sector="Payments"),
    _coin("ADA", "Cardano", "cardano", "2010", "layer-1", decimals=6, sector="Smart Contract Platform"),
    _coin("DOGE", "Dogecoin", "dogecoin", "74", "meme", tokens=(_native(DOGECOIN, 8),), sector="Meme"),
    _coin("LTC", "Litecoin", "litecoin", "2", "payments", tokens=(_native(LITECOIN, 8),), sector="Currency"),
    _coin("DOT", "Polkadot", "polkadot", "6636", "layer-0", decimals=10, sector="Interoperability"),
    _coin("ATOM", "Cosmos Hub", "cosmos", "3794", "layer-0", decimals=6, sector="Interoperability"),
    _coin("NEAR", "NEAR Protocol", "near", "6535", "layer-1", decimals=18, sector="Smart Contract Platform"),
    _coin("LINK", "Chainlink", "chainlink", "1975", "oracle", decimals=18,
          tokens=(_erc20(ETHEREUM, "0x514910771AF9Ca656af840dff83E8264EcF986CA"),), sector="Oracles"),
    _coin("UNI", "Uniswap", "uniswap", "7083", "defi", "governance", decimals=18,
          tokens=(_erc20(ETHEREUM, "0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984"),),
          sector="Decentralized Finance"),
    _coin("AAVE", "Aave", "aave", "7278", "defi", "governance", decimals=18,
          tokens=(_erc20(ETHEREUM, "0x7Fc66500c84A76Ad7e9c93437bFc5Ac33E2DDaE9"),),
          sector="Decentralized Finance"),
    _coin("ARB", "Arbitrum", "arbitrum", "11841", "layer-2", "governance", decimals=18,
          tokens=(_erc20(ARBITRUM, "0x912CE59144191C1204E64559FE8253a0e49E6548"),), sector="Scaling"),
    _coin("OP", "Optimism", "optimism", "11840", "layer-2", "governance", decimals=18,
          tokens=(_erc20(OPTIMISM, "0x4200000000000000000000000000000000000042"),), sector="Scaling"),
    _coin("MATIC", "Polygon (MATIC, migrated)", "matic-network", "3890", "layer-2", decimals=18,
          status=r.ASSET_STATUS_DELISTED,
          tokens=(_erc20(ETHEREUM, "0x7D1AfA7B718fb893dB30A3aBc0Cfc608AaCfeBB0"),), sector="Scaling"),
    _coin("POL", "POL (ex-MATIC)", "polygon-ecosystem-token", "28321", "layer-2", decimals=18,
          tokens=(_native(POLYGON, 18), _erc20(ETHEREUM, "0x455e53CBB86018Ac2B8092FdCd39d8444aFFC3F6")),
          relations=(RelationSpec(r.ASSET_RELATION_TYPE_MIGRATED, "MATIC", "Polygon Labs"),), sector="Scaling"),
    _coin("LUNA", "Terra Classic", "terra-luna", "4172", "layer-1", decimals=6, status=r.ASSET_STATUS_SUSPENDED,
          sector="Smart Contract Platform"),
    # Fiat.
    _fiat("USD", "US Dollar", "US"),
    _fiat("EUR", "Euro", ""),
    _fiat("GBP", "Pound Sterling", "GB"),
    _fiat("JPY", "Japanese Yen", "JP"),
    _fiat("CHF", "Swiss Franc", "CH"),
    # Equities (US large caps) and funds.
    _stock("AAPL", "Apple Inc.", "US0378331005", "037833100", "Information Technology",
           "Technology Hardware, Storage & Peripherals", figi="BBG001S5N8V8"),
    _stock("MSFT", "Microsoft Corporation", "US5949181045", "594918104", "Information Technology", "Software"),
    _stock("NVDA", "NVIDIA Corporation", "US67066G1040", "67066G104", "Information Technology",
           "Semiconductors & Semiconductor Equipment"),
    _stock("AMZN", "Amazon.com, Inc.", "US0231351067", "023135106", "Consumer Discretionary", "Broadline Retail"),
    _stock("GOOGL", "Alphabet Inc. Class A", "US02079K3059", "02079K305", "Communication Services",
           "Interactive Media & Services"),
    _stock("META", "Meta Platforms, Inc.", "US30303M1027", "30303M102", "Communication Services",
           "Interactive Media & Services"),
    _stock("TSLA", "Tesla, Inc.", "US88160R1014", "88160R101", "Consumer Discretionary", "Automobiles"),
    _stock("JPM", "JPMorgan Chase & Co.", "US46625H1005", "46625H100", "Financials", "Banks"),
    _stock("XOM", "Exxon Mobil Corporation", "US30231G1022", "30231G102", "Energy", "Oil, Gas & Consumable Fuels"),
    _stock("V", "Visa Inc. Class A", "US92826C8394", "92826C839", "Financials", "Financial Services"),
    _stock("JNJ", "Johnson & Johnson", "US4781601046", "478160104", "Health Care", "Pharmaceuticals"),
    _fund("SPY", "SPDR S&P 500 ETF Trust", "US78462F1030", "78462F103", "State Street Global Advisors", "equity-index"),
    _fund("QQQ", "Invesco QQQ Trust", "US46090E1038", "46090E103", "Invesco", "equity-index"),
    _fund("TLT", "iShares 20+ Year Treasury Bond ETF", "US4642874329", "464287432", "BlackRock", "fixed-income"),
    _fund("GLD", "SPDR Gold Shares", "US78463V1070", "78463V107", "World Gold Trust Services", "commodity"),
    # Government bonds: the asset is the bond itself, its id the ISIN.
    AssetSpec("US91282CJL54", "US Treasury Note 4.25% 15-Nov-2034", _BOND, 0, symbol="T 4.25 11/15/34",
              tags=("government", "us-treasury"), issuer="United States Treasury", country_code="US",
              isin="US91282CJL54", cusip="91282CJL5"),
    AssetSpec("DE0001102580", "Bundesanleihe 0% 15-Feb-2032", _BOND, 0, symbol="DBR 0 02/15/32",
              tags=("government", "bund"), issuer="Federal Republic of Germany", country_code="DE",
              isin="DE0001102580"),
    # Indices and a commodity: priced, tradable only through derivatives and funds.
    AssetSpec("SPX", "S&P 500 Index", _INDEX, 2, tags=("equity-index",), issuer="S&P Dow Jones Indices"),
    AssetSpec("NDX", "Nasdaq-100 Index", _INDEX, 2, tags=("equity-index",), issuer="Nasdaq"),
    AssetSpec("XAU", "Gold (troy ounce)", _COMMODITY, 4, tags=("precious-metal",), iso4217_code="XAU"),
)

# ------------------------------------------------------------------------------------------- mappings

_KRAKEN_RENAME = "2024-09-04T00:00:00Z"  # Kraken's MATIC -> POL switch: point-in-time resolution

MAPPINGS: tuple[MappingSpec, ...] = (
    # Kraken names assets its own way: XBT for BTC, XDG for DOGE, X/Z-prefixed ledger codes.
    MappingSpec("kraken", "XBT", "BTC", venue_asset_code="XXBT", aliases=("XBT.M", "XBT.F")),
    MappingSpec("kraken", "ETH", "ETH", venue_asset_code="XETH", aliases=("ETH.F",)),
    MappingSpec("kraken", "XDG", "DOGE", venue_asset_code="XXDG"),
    MappingSpec("kraken", "XRP", "XRP", venue_asset_code="XXRP"),
    MappingSpec("kraken", "LTC", "LTC", venue_asset_code="XLTC"),
    MappingSpec("kraken", "SOL", "SOL", aliases=("SOL.F",)),
    MappingSpec("kraken", "USDT", "USDT"),
    MappingSpec("kraken", "USDC", "USDC"),
    MappingSpec("kraken", "USD", "USD", venue_asset_code="ZUSD"),
    MappingSpec("kraken", "EUR", "EUR", venue_asset_code="ZEUR"),
    MappingSpec("kraken", "GBP", "GBP", venue_asset_code="ZGBP"),
    MappingSpec("kraken", "MATIC", "MATIC", valid_until=_KRAKEN_RENAME),
    MappingSpec("kraken", "POL", "POL", valid_from=_KRAKEN_RENAME),
    # Binance: plain tickers, plus network-specific mappings for deposits and withdrawals.
    MappingSpec("binance", "BTC", "BTC"),
    MappingSpec("binance", "ETH", "ETH"),
    MappingSpec("binance", "BNB", "BNB"),
    MappingSpec("binance", "SOL", "SOL"),
    MappingSpec("binance", "XRP", "XRP"),
    MappingSpec("binance", "USDC", "USDC"),
    MappingSpec("binance", "USDC", "USDC", network="ETH", chain_id=ETHEREUM),
    MappingSpec("binance", "USDC", "USDC", network="BSC", chain_id=BNB_CHAIN),
    MappingSpec("binance", "USDC", "USDC", network="SOL", chain_id=SOLANA),
    MappingSpec("binance", "USDC", "USDC", network="ARBITRUM", chain_id=ARBITRUM),
    MappingSpec("binance", "USDT", "USDT"),
    MappingSpec("binance", "USDT", "USDT", network="ETH", chain_id=ETHEREUM),
    MappingSpec("binance", "USDT", "USDT", network="TRX", chain_id=TRON),
    MappingSpec("binance", "USDT", "USDT", network="BSC", chain_id=BNB_CHAIN),
    # Binance lists bridged USDC on Avalanche under the native ticker on that network only.
    MappingSpec("binance", "USDC.E", "USDC.E", network="AVAXC", chain_id=AVALANCHE),
    # Coinbase.
    MappingSpec("coinbase", "BTC", "BTC"),
    MappingSpec("coinbase", "ETH", "ETH"),
    MappingSpec("coinbase", "SOL", "SOL"),
    MappingSpec("coinbase", "USDC", "USDC"),
    MappingSpec("coinbase", "USD", "USD"),
    MappingSpec("coinbase", "XRP", "XRP"),
    MappingSpec("coinbase", "DOGE", "DOGE"),
    MappingSpec("coinbase", "CBBTC", "CBBTC", aliases=("cbBTC",)),
)
